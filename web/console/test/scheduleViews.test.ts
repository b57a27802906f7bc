import { describe, expect, it } from 'vitest';
import type { DayView } from '../src/api/queries';
import { bookingIntentPath, readBookingIntent, readScheduleDate } from '../src/schedule/bookingIntent';
import { daySheetRows } from '../src/schedule/daySheet';
import { explanationSummary } from '../src/schedule/explanation';
import { findSpan, startsByDay } from '../src/schedule/findTimeAhead';
import { sessionColours, textOn } from '../src/schedule/sessionColours';
import { weekDates } from '../src/schedule/weekDates';

const CASE = '01JCASE0000000000000000000';

describe('booking from a case', () => {
  it('carries the case (and a day) to the schedule and reads it back', () => {
    const path = bookingIntentPath(CASE, '2026-12-07');
    expect(readBookingIntent(path.slice(1))).toEqual({ caseId: CASE });
    expect(readScheduleDate(path.slice(1))).toBe('2026-12-07');
  });

  it('ignores anything that is not a case id or a date', () => {
    expect(readBookingIntent('?book=../../x')).toBeUndefined();
    expect(readScheduleDate('?date=tomorrow')).toBeUndefined();
  });
});

describe('find time across weeks', () => {
  it('spans whole local days from the day shown, never from the past', () => {
    const later = Date.parse('2026-01-01T00:00:00Z');
    expect(findSpan('2026-11-30', 14, 'America/Toronto', later)).toEqual({ from: '2026-11-30T05:00:00.000Z', to: '2026-12-14T05:00:00.000Z' });
    const noonOnTheDay = Date.parse('2026-11-30T17:00:30Z');
    expect(findSpan('2026-11-30', 7, 'America/Toronto', noonOnTheDay).from).toBe('2026-11-30T17:01:00.000Z');
  });

  it('groups starts by local day, in time order, a few per day', () => {
    const days = startsByDay(
      [
        { calendarId: 'b', starts: ['2026-12-01T14:00:00Z', '2026-12-03T19:30:00Z'] },
        { calendarId: 'a', starts: ['2026-12-01T15:00:00Z', '2026-12-01T14:00:00Z', '2026-12-02T04:30:00Z'] },
      ],
      'America/Toronto',
      2,
    );
    expect(days.map((day) => day.date)).toEqual(['2026-12-01', '2026-12-03']);
    // 04:30 UTC on the 2nd is 23:30 on the 1st in Toronto, the latest of that day: cut by the cap.
    expect(days[0]!.starts).toEqual([
      { calendarId: 'a', minutes: 540, start: '2026-12-01T14:00:00Z' },
      { calendarId: 'b', minutes: 540, start: '2026-12-01T14:00:00Z' },
    ]);
    expect(days[1]!.starts[0]!.minutes).toBe(14 * 60 + 30);
  });
});

describe("why can't I book here", () => {
  const base = { calendarId: 'c', at: '2026-12-01T14:00:00Z', end: '2026-12-01T14:30:00Z' };
  it('says who may book and lists the reasons', () => {
    expect(explanationSummary({ ...base, bookable: true, bookableByStaff: true, reasons: [] }).tone).toBe('green');
    const staffOnly = explanationSummary({ ...base, bookable: false, bookableByStaff: true, reasons: [{ code: 'lead_time', message: 'Less than 12 hours ahead.', scope: 'online' }] });
    expect(staffOnly).toEqual({ headline: 'Front desk can book this time; clients cannot book it online.', tone: 'yellow', reasons: ['Online only: Less than 12 hours ahead.'] });
    const closed = explanationSummary({ ...base, bookable: false, bookableByStaff: false, reasons: [{ code: 'outside_shift', message: 'Outside the shift.', scope: 'all' }] });
    expect(closed.tone).toBe('red');
    expect(closed.reasons).toEqual(['Outside the shift.']);
  });
});

describe('week and day sheet', () => {
  it('gives the Monday-to-Sunday week of a date', () => {
    expect(weekDates('2026-12-03')).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    expect(weekDates('2026-12-06')[0]).toBe('2026-11-30');
    expect(weekDates('2026-11-30')[6]).toBe('2026-12-06');
  });

  it('lists the day per calendar by time, without canceled visits or empty calendars', () => {
    const appointment = (id: string, start: string, status: string) => ({ appointmentId: id, start, end: start.replace(':00:00', ':30:00'), status, caseId: 'k', caseLabel: 'C-1', clientId: 'x', clientName: `Client ${id}`, sessionId: 's', sessionName: 'Treatment', calendarId: 'a' });
    const view = {
      locationId: 'l', date: '2026-12-01', timeZone: 'America/Toronto', counts: {}, total: 3,
      columns: [
        { calendarId: 'a', name: 'Dr A', kind: 'provider', disciplineIds: [], blocks: [], appointments: [appointment('2', '2026-12-01T16:00:00Z', 'arrived'), appointment('1', '2026-12-01T14:00:00Z', 'booked'), appointment('3', '2026-12-01T15:00:00Z', 'canceled')] },
        { calendarId: 'b', name: 'Room', kind: 'room', disciplineIds: [], blocks: [], appointments: [] },
      ],
    } as unknown as DayView; // only the fields the sheet reads
    const groups = daySheetRows(view);
    expect(groups.map((group) => group.calendarName)).toEqual(['Dr A']);
    expect(groups[0]!.rows.map((row) => [row.clientName, row.start, row.end])).toEqual([['Client 1', 540, 570], ['Client 2', 660, 690]]);
  });
});

describe('session colours', () => {
  it('maps sessions with a colour and picks readable text', () => {
    expect([...sessionColours([{ sessionId: 'a', colour: '#ff0000' }, { sessionId: 'b' }])]).toEqual([['a', '#ff0000']]);
    expect(textOn('#ffd43b')).toBe('#000000');
    expect(textOn('#1c3d5a')).toBe('#ffffff');
  });
});
