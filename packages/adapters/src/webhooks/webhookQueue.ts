/**
 * The webhook delivery queue: SQS in AWS, one-time schedules of the local scheduler loop locally.
 * A message names one delivery attempt; `notBefore` carries a wait longer than SQS's 15-minute delay
 * limit (the delivery function puts such a message back until its time).
 */
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { SchedulerPort } from '../scheduler/schedulerPort';

export interface WebhookDeliveryMessage {
  clinicId: string;
  endpointId: string;
  eventId: string;
  /** The delivery's replay round the message belongs to; a message of an older round is ignored. */
  replays: number;
  /** The attempt this message makes (1 for the first). */
  attempt: number;
  /** Not delivered before this instant (ISO-8601). */
  notBefore: string;
}

export interface WebhookQueue {
  enqueue(message: WebhookDeliveryMessage, now: Date): Promise<void>;
}

export function isWebhookDeliveryMessage(value: unknown): value is WebhookDeliveryMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  return (
    typeof message.clinicId === 'string' &&
    typeof message.endpointId === 'string' &&
    typeof message.eventId === 'string' &&
    typeof message.replays === 'number' &&
    typeof message.attempt === 'number' &&
    typeof message.notBefore === 'string'
  );
}

/** SQS's longest delay. */
export const MAX_SQS_DELAY_SECONDS = 900;

export class SqsWebhookQueue implements WebhookQueue {
  constructor(
    private readonly queueUrl: string,
    private readonly client: SQSClient = new SQSClient({}),
  ) {}

  async enqueue(message: WebhookDeliveryMessage, now: Date): Promise<void> {
    const waitSeconds = Math.ceil((Date.parse(message.notBefore) - now.getTime()) / 1000);
    await this.client.send(
      new SendMessageCommand({
        QueueUrl: this.queueUrl,
        MessageBody: JSON.stringify(message),
        DelaySeconds: Math.min(MAX_SQS_DELAY_SECONDS, Math.max(0, waitSeconds)),
      }),
    );
  }
}

/** The name local schedules give the delivery function as their target. */
export const DELIVER_WEBHOOK_TARGET = 'deliverWebhook';

export class ScheduledWebhookQueue implements WebhookQueue {
  constructor(
    private readonly scheduler: SchedulerPort,
    private readonly group: string,
  ) {}

  async enqueue(message: WebhookDeliveryMessage): Promise<void> {
    await this.scheduler.upsertOneTimeSchedule({
      name: `webhook-${message.endpointId}-${message.eventId}-${message.replays}-${message.attempt}`,
      group: this.group,
      at: message.notBefore,
      timeZone: 'UTC',
      target: DELIVER_WEBHOOK_TARGET,
      payload: message,
    });
  }
}
