import { describe, expect, it } from 'vitest';
import { formatMoney, parseMoney, percentToBasisPoints } from '../src/billing/money';
import { refundable } from '../src/billing/refundable';
import { fromChoice, toChoice, withSwitch } from '../src/settings/notificationOverride';

describe('money in the billing forms', () => {
  it('reads tax rates as percentages into basis points, and marks what is not a number', () => {
    expect(percentToBasisPoints('13')).toBe(1300);
    expect(percentToBasisPoints(' 13,5 ')).toBe(1350);
    expect(percentToBasisPoints('0')).toBe(0);
    expect(percentToBasisPoints('')).toBe(-1);
    expect(percentToBasisPoints('abc')).toBe(-1);
  });

  it('reads amounts in minor units and shows them in the currency', () => {
    expect(parseMoney('20')).toBe(2000);
    expect(parseMoney('$1 234.50'.replace(' ', ''))).toBe(123450);
    expect(parseMoney('-5')).toBeUndefined();
    expect(formatMoney(4300, 'CAD')).toBe('$43.00');
  });

  it('offers to refund what a payment brought in and was not refunded yet', () => {
    expect(refundable({ amountMinor: 10000, refundedMinor: 5000 })).toBe(5000);
    expect(refundable({ amountMinor: 10000, refundedMinor: 10000 })).toBe(0);
    expect(refundable({ amountMinor: 0, refundedMinor: 0 })).toBe(0);
  });
});

describe('a calendar notification override, switch by switch', () => {
  it('leaves out every switch that follows the clinic, down to {}', () => {
    const on = withSwitch({}, 'newBooking', 'client', true);
    expect(on).toEqual({ notices: { newBooking: { client: true } } });
    const both = withSwitch(on, 'newBooking', 'provider', false);
    expect(both).toEqual({ notices: { newBooking: { client: true, provider: false } } });
    const back = withSwitch(withSwitch(both, 'newBooking', 'client', undefined), 'newBooking', 'provider', undefined);
    expect(back).toEqual({});
    expect(withSwitch({ notifyByDefault: false }, 'noShow', 'client', undefined)).toEqual({ notifyByDefault: false });
  });

  it('maps the three choices to the override values', () => {
    expect([undefined, true, false].map(toChoice)).toEqual(['clinic', 'on', 'off']);
    expect(['clinic', 'on', 'off'].map(fromChoice)).toEqual([undefined, true, false]);
  });
});
