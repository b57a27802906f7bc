/**
 * How long a notice that cannot be delivered now keeps being retried (issue 13: nothing dropped
 * silently). One policy for both worlds: EventBridge Scheduler's RetryPolicy takes the age and attempt
 * limits (its own maxima: 24 h, 185 attempts), and the local scheduler loop applies the same limits
 * with the backoff below. What is still failing after that is dead-lettered, never deleted.
 */
export const DELIVERY_RETRY_POLICY = {
  /** EventBridge Scheduler's MaximumEventAgeInSeconds (its maximum). */
  maximumEventAgeSeconds: 24 * 60 * 60,
  /** EventBridge Scheduler's MaximumRetryAttempts (its maximum). */
  maximumRetryAttempts: 185,
  /** The first retry waits this long; each next one twice as long, up to `maxDelaySeconds`. */
  firstDelaySeconds: 30,
  maxDelaySeconds: 60 * 60,
} as const;

export type DeliveryRetryPolicy = typeof DELIVERY_RETRY_POLICY;

export type RetryDecision = { retryAt: number } | { giveUp: 'too_old' | 'too_many_attempts' };

/**
 * After `failedAttempts` failures of a notice first due at `dueMs`: when to try again, or that the
 * policy is spent. Times are epoch milliseconds.
 */
export function nextDeliveryAttempt(failedAttempts: number, dueMs: number, nowMs: number, policy: DeliveryRetryPolicy = DELIVERY_RETRY_POLICY): RetryDecision {
  if (failedAttempts > policy.maximumRetryAttempts) return { giveUp: 'too_many_attempts' };
  const delaySeconds = Math.min(policy.firstDelaySeconds * 2 ** Math.max(0, failedAttempts - 1), policy.maxDelaySeconds);
  const retryAt = nowMs + delaySeconds * 1000;
  if (retryAt - dueMs > policy.maximumEventAgeSeconds * 1000) return { giveUp: 'too_old' };
  return { retryAt };
}
