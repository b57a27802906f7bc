/**
 * Webhook delivery (SPEC P2): the queue attempts go through (SQS in AWS when WEBHOOK_QUEUE_URL is
 * set, the local scheduler loop when LOCAL_SCHEDULES_FILE is), the HTTP sender, and which targets it
 * may reach (only public addresses unless the local host allows loopback).
 */
import { SQSClient } from '@aws-sdk/client-sqs';
import { LocalScheduleStore } from '@casefile/adapters/scheduler/localScheduleStore';
import { type WebhookTargetPolicy, webhookTargetPolicyFromEnv } from '@casefile/adapters/webhooks/targetAddress';
import { ScheduledWebhookQueue, SqsWebhookQueue, type WebhookQueue } from '@casefile/adapters/webhooks/webhookQueue';
import { sendWebhook, type WebhookSender } from '@casefile/adapters/webhooks/webhookSender';
import { lazyPort } from './lazyPort';

export interface WebhookDelivery {
  queue: WebhookQueue;
  send: WebhookSender;
  policy: WebhookTargetPolicy;
}

export function webhookDeliveryFromEnv(env: NodeJS.ProcessEnv = process.env): WebhookDelivery {
  return { queue: queueFromEnv(env), send: sendWebhook, policy: webhookTargetPolicyFromEnv(env) };
}

function queueFromEnv(env: NodeJS.ProcessEnv): WebhookQueue {
  if (env.WEBHOOK_QUEUE_URL) return new SqsWebhookQueue(env.WEBHOOK_QUEUE_URL, new SQSClient({}));
  if (env.LOCAL_SCHEDULES_FILE) return new ScheduledWebhookQueue(new LocalScheduleStore(env.LOCAL_SCHEDULES_FILE), env.SCHEDULE_GROUP_NAME ?? 'casefile');
  return {
    enqueue: async () => {
      throw new Error('No webhook queue configured (WEBHOOK_QUEUE_URL or LOCAL_SCHEDULES_FILE).');
    },
  };
}

export const webhookDelivery = lazyPort(() => webhookDeliveryFromEnv());
