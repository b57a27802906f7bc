import { describe, expect, it } from 'vitest';
import { CHARGES_PENDING_MS, chargesMayBeComing, pendingChargesText } from '../src/billing/pendingCharges';

describe('charges made in the background show as pending, not as none (issue 16, item 4)', () => {
  it('says what is coming for an arrival, a no-show and a late cancel only', () => {
    expect(pendingChargesText({ status: 'arrived' })).toMatch(/charges/);
    expect(pendingChargesText({ status: 'no_show' })).toMatch(/no-show fee/);
    expect(pendingChargesText({ status: 'canceled', cancellation: { late: true } })).toMatch(/late-cancellation fee/);
    expect(pendingChargesText({ status: 'canceled', cancellation: { late: false } })).toBeUndefined();
    expect(pendingChargesText({ status: 'booked' })).toBeUndefined();
  });

  const changedAt = '2026-12-03T15:00:00.000Z';
  const server = Date.parse(changedAt);

  it('waits while the change is recent on the server’s clock, and not for an old one', () => {
    expect(chargesMayBeComing({ statusChangedAt: changedAt }, server + 5_000)).toBe(true);
    expect(chargesMayBeComing({ statusChangedAt: changedAt }, server + CHARGES_PENDING_MS + 1)).toBe(false);
  });

  it('waits for a change the panel saw even when the desk clock runs minutes ahead of the server', () => {
    const deskNow = server + 5 * 60_000;
    expect(chargesMayBeComing({ statusChangedAt: changedAt }, deskNow)).toBe(false);
    expect(chargesMayBeComing({ statusChangedAt: changedAt, seenAt: deskNow - 2_000 }, deskNow)).toBe(true);
    expect(chargesMayBeComing({ statusChangedAt: changedAt, seenAt: deskNow - CHARGES_PENDING_MS - 1 }, deskNow)).toBe(false);
  });
});
