import { describe, expect, it } from 'vitest';
import { DELIVERY_RETRY_POLICY, nextDeliveryAttempt } from '../../src';

const due = Date.parse('2026-12-04T09:00:00Z');
const minutes = (count: number) => count * 60_000;

describe('delivery retries', () => {
  it('backs off from 30 s, doubling up to an hour', () => {
    const delays = [1, 2, 3, 4, 8, 20].map((failed) => {
      const decision = nextDeliveryAttempt(failed, due, due);
      return 'retryAt' in decision ? (decision.retryAt - due) / 1000 : decision.giveUp;
    });
    expect(delays).toEqual([30, 60, 120, 240, 3600, 3600]);
  });

  it('keeps retrying for hours, then gives up at 24 h', () => {
    let now = due;
    let failed = 1;
    let decision = nextDeliveryAttempt(failed, due, now);
    while ('retryAt' in decision) {
      now = decision.retryAt;
      failed += 1;
      decision = nextDeliveryAttempt(failed, due, now);
    }
    expect(decision).toEqual({ giveUp: 'too_old' });
    expect(now - due).toBeGreaterThan(minutes(23 * 60));
    expect(now - due).toBeLessThanOrEqual(DELIVERY_RETRY_POLICY.maximumEventAgeSeconds * 1000);
    expect(failed).toBeLessThan(DELIVERY_RETRY_POLICY.maximumRetryAttempts);
  });

  it('gives up after the attempt limit', () => {
    expect(nextDeliveryAttempt(DELIVERY_RETRY_POLICY.maximumRetryAttempts + 1, due, due)).toEqual({ giveUp: 'too_many_attempts' });
  });
});
