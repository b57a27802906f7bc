/**
 * The feed read back by an independent parser (node-ical, which resolves TZID against the feed's own
 * VTIMEZONE): the instants must come back exactly as stored on both sides of a DST change.
 */
import { describe, expect, it } from 'vitest';
import ical from 'node-ical';
import { buildCalendarFeed, type FeedAppointment } from '../../src/feeds/calendarFeed';

const base = { version: 1, updatedAt: '2026-02-01T10:00:00.000Z', sessionName: 'Initial assessment' } as const;

function feedOf(timeZone: string, appointments: FeedAppointment[]) {
  const text = buildCalendarFeed({ calendarId: '01JCAL0000000000000000000A', calendarName: 'Dr. Ada', clinicName: 'Northside Physio', timeZone, locationName: 'Main street', appointments, now: '2026-03-01T12:00:00.000Z' });
  const events = Object.values(ical.sync.parseICS(text)).filter((component) => component?.type === 'VEVENT');
  return { text, events: events as ical.VEvent[] };
}

describe.each([
  // America/Toronto springs forward on 2026-03-08 and falls back on 2026-11-01.
  { zone: 'America/Toronto', before: '2026-03-07T15:00:00.000Z', after: '2026-03-09T14:00:00.000Z', wallBefore: '20260307T100000', wallAfter: '20260309T100000' },
  // Europe/Berlin springs forward on 2026-03-29.
  { zone: 'Europe/Berlin', before: '2026-03-28T09:00:00.000Z', after: '2026-03-30T08:00:00.000Z', wallBefore: '20260328T100000', wallAfter: '20260330T100000' },
  // Australia/Sydney falls back on 2026-04-05 (southern hemisphere).
  { zone: 'Australia/Sydney', before: '2026-04-03T23:00:00.000Z', after: '2026-04-06T00:00:00.000Z', wallBefore: '20260404T100000', wallAfter: '20260406T100000' },
])('a feed in $zone across its DST change', ({ zone, before, after, wallBefore, wallAfter }) => {
  const appointments: FeedAppointment[] = [
    { ...base, appointmentId: '01JAPP0000000000000000000A', start: before, end: new Date(Date.parse(before) + 3_600_000).toISOString(), status: 'booked' },
    { ...base, appointmentId: '01JAPP0000000000000000000B', start: after, end: new Date(Date.parse(after) + 3_600_000).toISOString(), status: 'confirmed' },
  ];

  it('keeps the same local wall time on both sides, with a VTIMEZONE for the zone', () => {
    const { text } = feedOf(zone, appointments);
    expect(text).toContain(`BEGIN:VTIMEZONE\r\nTZID:${zone}`);
    expect(text).toContain(`DTSTART;TZID=${zone}:${wallBefore}`);
    expect(text).toContain(`DTSTART;TZID=${zone}:${wallAfter}`);
  });

  it('parses back to the stored instants', () => {
    const { events } = feedOf(zone, appointments);
    expect(events.map((event) => [event.uid, event.start.toISOString(), event.end?.toISOString()])).toEqual(
      appointments.map((appointment) => [`${appointment.appointmentId}@casefile`, appointment.start, appointment.end]),
    );
  });
});

describe('updates, cancellations and privacy', () => {
  const moved: FeedAppointment = { ...base, appointmentId: '01JAPP0000000000000000000C', start: '2026-05-04T14:00:00.000Z', end: '2026-05-04T14:45:00.000Z', status: 'rebooked', version: 3 };
  const canceled: FeedAppointment = { ...base, appointmentId: '01JAPP0000000000000000000D', start: '2026-05-05T14:00:00.000Z', end: '2026-05-05T14:45:00.000Z', status: 'canceled', version: 2 };
  const kept: FeedAppointment = { ...base, appointmentId: '01JAPP0000000000000000000E', start: '2026-05-06T14:00:00.000Z', end: '2026-05-06T14:45:00.000Z', status: 'arrived', version: 5, clientName: 'Robin Tester' };

  it('carries the version as SEQUENCE and cancels canceled and moved-away appointments', () => {
    const { events } = feedOf('America/Toronto', [moved, canceled, kept]);
    expect(events.map((event) => [event.sequence, event.status])).toEqual([
      [3, 'CANCELLED'],
      [2, 'CANCELLED'],
      [5, 'CONFIRMED'],
    ]);
  });

  it('names a client only when given a name (the clinic setting), and stamps in UTC', () => {
    const { text, events } = feedOf('America/Toronto', [moved, kept]);
    expect(events.map((event) => event.summary)).toEqual(['Initial assessment', 'Robin Tester: Initial assessment']);
    expect(text).toMatch(/DTSTAMP:20260301T120000Z/);
    expect(text).not.toMatch(/DTSTAMP:[0-9T]+\r\n/);
  });

  it('answers an empty calendar with a valid, empty VCALENDAR', () => {
    const { text, events } = feedOf('America/Toronto', []);
    expect(events).toEqual([]);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });
});
