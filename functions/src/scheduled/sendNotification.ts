import { type DeliveryPayload, isDeliveryPayload } from '@casefile/core';
import { deliver, type DeliveryResult } from '../usecases/notifications/deliver';
import { runtime } from '../runtime';
import type { LambdaHandler } from '../lambdaHandlers';

/**
 * The target of every reminder and delayed new-booking schedule (EventBridge Scheduler in AWS, the
 * scheduler loop locally): the schedule's input is the delivery payload. Throwing lets the scheduler
 * retry; a repeated firing sends nothing (the send is claimed conditionally).
 */
async function sendNotification(event: unknown): Promise<DeliveryResult | undefined> {
  if (!isDeliveryPayload(event)) {
    runtime().logger.error('schedule input is not a delivery payload');
    return undefined;
  }
  return deliver(runtime(), event as DeliveryPayload);
}

export const handler: LambdaHandler<unknown, DeliveryResult | undefined> = sendNotification;
