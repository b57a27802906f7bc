import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { isWebhookDeliveryMessage } from '@casefile/adapters/webhooks/webhookQueue';
import { webhookDelivery } from '../ports/webhooks';
import { runtime } from '../runtime';
import { deliverWebhook } from '../usecases/webhooks/deliverWebhook';

/**
 * The webhook delivery function in AWS, fed by the delivery queue. Each message is one attempt; a
 * message that throws (the table unreachable, say) is reported alone and comes back after the
 * queue's visibility timeout. A receiver's failure does not throw: it queues the next attempt.
 */
export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  const failures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      const message: unknown = JSON.parse(record.body);
      if (!isWebhookDeliveryMessage(message)) {
        runtime().logger.error('queue message is not a webhook delivery', { messageId: record.messageId });
        continue;
      }
      if (Date.parse(message.notBefore) > runtime().clock.now().getTime() + 1000) {
        // A wait longer than SQS can delay a message: put it back until its time.
        await webhookDelivery().queue.enqueue(message, runtime().clock.now());
        continue;
      }
      await deliverWebhook(runtime(), message);
    } catch (error) {
      runtime().logger.error('webhook delivery failed', { messageId: record.messageId, errorName: error instanceof Error ? error.name : 'unknown' });
      failures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures: failures };
}
