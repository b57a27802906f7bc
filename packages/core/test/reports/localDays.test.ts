import { describe, expect, it } from 'vitest';
import { attendanceRows, type CalendarDirectory, revenueRows, rollupsOf, type RollupSource } from '../../src';

const calendars: CalendarDirectory = new Map([['cal', { memberId: 'm1', locationId: 'loc' }]]);

function visitAt(start: string): RollupSource {
  const end = new Date(Date.parse(start) + 30 * 60_000).toISOString();
  return { entity: 'appointment', item: { start, end, status: 'arrived', calendarId: 'cal', sessionId: 's' } };
}

describe('local days of a visit at 23:30 on the last day of a month', () => {
  // Toronto falls back on 2026-11-01: 23:30 EDT on Oct 31 is 03:30 UTC on Nov 1.
  // London sprang forward on 2026-03-29: 23:30 BST on Mar 31 is 22:30 UTC the same day, an hour off GMT.
  it.each([
    { timeZone: 'America/Toronto', start: '2026-11-01T03:30:00.000Z', day: '2026-10-31', month: '2026-10' },
    { timeZone: 'Europe/London', start: '2026-03-31T22:30:00.000Z', day: '2026-03-31', month: '2026-03' },
    { timeZone: 'Australia/Sydney', start: '2026-04-30T13:30:00.000Z', day: '2026-04-30', month: '2026-04' },
  ])('counts in the local day, month and hour in $timeZone', ({ timeZone, start, day, month }) => {
    const buckets = [...rollupsOf([visitAt(start)], timeZone).values()];
    expect(attendanceRows(buckets, 'day', calendars).map((row) => [row.group, row.visits])).toEqual([[day, 1]]);
    expect(attendanceRows(buckets, 'month', calendars).map((row) => [row.group, row.visits])).toEqual([[month, 1]]);
    expect(attendanceRows(buckets, 'hour', calendars).map((row) => row.group)).toEqual(['23']);
  });

  it('puts a refund made at 23:30 local on the last day of October in October', () => {
    const payment: RollupSource = {
      entity: 'payment',
      item: { receivedOn: '2026-10-30', method: 'card', amountMinor: 5000, refunds: [{ amountMinor: 1200, at: '2026-11-01T03:30:00.000Z' }] },
    };
    const rows = revenueRows([...rollupsOf([payment], 'America/Toronto').values()], 'month', calendars);
    expect(rows).toEqual([{ group: '2026-10', chargedMinor: 0, invoicedMinor: 0, writtenOffMinor: 0, receivedMinor: 5000, refundedMinor: 1200, outstandingMinor: null, daysInAr: null }]);
  });
});
