import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { atExpression, DEFAULT_NOTIFICATION_SETTINGS, instantOfAtExpression, planNotifications } from '../../src';

const ZONE = 'America/Toronto';
const appointment = (start: string) => ({
  clinicId: '01JCL1N1C000000000000000AA',
  appointmentId: '01JAPP0000000000000000000A',
  start,
  status: 'booked',
  version: 3,
  createdAt: '2026-10-20T12:00:00Z',
});
const local = (wall: string) => Temporal.PlainDateTime.from(wall).toZonedDateTime(ZONE).toInstant().toString();

describe('a "24 hours before" reminder across daylight-saving changes', () => {
  const settings = { ...DEFAULT_NOTIFICATION_SETTINGS, reminders: [{ leadMinutes: 24 * 60 }] };

  it.each([
    ['fall back (25-hour day)', '2026-11-01T09:00', '2026-10-31T10:00'],
    ['spring forward (23-hour day)', '2027-03-14T09:00', '2027-03-13T08:00'],
  ])('%s: fires 24 real hours before, at a different wall-clock time', (_name, startWall, expectedWall) => {
    const start = local(startWall);
    const plan = planNotifications({ after: appointment(start), settings, reminderSlots: 1, timeZone: ZONE, now: '2026-10-20T12:00:00Z' });
    const [reminder] = plan.upsert;

    expect(Date.parse(start) - Date.parse(reminder!.at)).toBe(24 * 3_600_000);
    const expression = atExpression(reminder!.at, ZONE);
    expect(expression).toEqual({ expression: `at(${expectedWall}:00)`, timeZone: ZONE });
    expect(instantOfAtExpression(expression.expression, expression.timeZone)).toBe(new Date(reminder!.at).toISOString().replace('.000', ''));
  });

  it('expresses a time in the repeated hour in UTC, since the local time would name two instants', () => {
    const second = '2026-11-01T06:30:00Z'; // 01:30 EST, the second 01:30 of the night
    expect(atExpression(second, ZONE)).toEqual({ expression: 'at(2026-11-01T06:30:00)', timeZone: 'UTC' });
    expect(atExpression('2026-11-01T05:30:00Z', ZONE)).toEqual({ expression: 'at(2026-11-01T05:30:00)', timeZone: 'UTC' });
    expect(atExpression('2026-11-01T04:30:00Z', ZONE)).toEqual({ expression: 'at(2026-11-01T00:30:00)', timeZone: ZONE });
  });
});
