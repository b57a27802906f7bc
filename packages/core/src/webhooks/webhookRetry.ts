/**
 * When a failed webhook delivery is tried again: the schedule Standard Webhooks' reference
 * implementation uses (immediately, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h), about 27.5 h in
 * all, so a receiver that is down for a whole day still gets the event. After the last attempt the
 * delivery has failed for good and the endpoint is disabled (its owner told by mail).
 */
export const WEBHOOK_RETRY_DELAYS_SECONDS = [5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 10 * 3600] as const;

/** How long a replaced signing secret keeps signing beside the new one, so receivers can switch over. */
export const WEBHOOK_SECRET_OVERLAP_SECONDS = 24 * 3600;

export type WebhookRetryDecision = { retryInSeconds: number } | { giveUp: true };

/** After `attemptsMade` attempts that all failed: wait this long, or give up. */
export function nextWebhookAttempt(attemptsMade: number): WebhookRetryDecision {
  const delay = WEBHOOK_RETRY_DELAYS_SECONDS[attemptsMade - 1];
  return delay === undefined ? { giveUp: true } : { retryInSeconds: delay };
}

/** A response status that counts as delivered (Standard Webhooks: any 2xx). */
export function isDeliveredStatus(status: number): boolean {
  return status >= 200 && status < 300;
}
