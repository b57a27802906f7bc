import { isWebhookDeliveryMessage } from '@casefile/adapters/webhooks/webhookQueue';
import type { LambdaHandler } from '../lambdaHandlers';
import { runtime } from '../runtime';
import { deliverWebhook, type DeliveryStep } from '../usecases/webhooks/deliverWebhook';

/**
 * The local stand-in of the delivery queue's consumer: the local webhook queue is one-time schedules
 * that the scheduler loop fires here (in AWS, `queues/deliverWebhooks.ts` reads SQS).
 */
async function deliverScheduledWebhook(payload: unknown): Promise<DeliveryStep | undefined> {
  if (!isWebhookDeliveryMessage(payload)) {
    runtime().logger.error('schedule input is not a webhook delivery');
    return undefined;
  }
  return deliverWebhook(runtime(), payload);
}

export const handler: LambdaHandler<unknown, DeliveryStep | undefined> = deliverScheduledWebhook;
