import { describe, expect, it } from 'vitest';
import type { PublicClinic, Slot } from '../src/api/contract';
import { closedWindowHours, contactBeforeBooking } from '../src/booking/selfServiceWindow';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const calendar = (calendarId: string, selfCancelWindowHours: number) => ({ calendarId, name: calendarId, locationId: 'L', disciplineIds: [], selfCancelWindowHours });
const clinic: PublicClinic = {
  name: 'Riverside',
  slug: 'riverside',
  phone: '+1 416 555 0100',
  contactEmail: 'desk@riverside.test',
  locations: [
    { locationId: 'L', name: 'Downtown', timeZone: 'America/Toronto', phone: '+1 416 555 0199' },
    { locationId: 'W', name: 'West', timeZone: 'America/Toronto' },
  ],
  disciplines: [],
  calendars: [calendar('A', 24), calendar('B', 4)],
  sessions: [],
};
const slotIn = (hours: number, calendarIds = ['A', 'B']): Slot => ({ start: new Date(NOW + hours * 3_600_000).toISOString(), localTime: '08:00', calendarIds });

describe('booking inside the self-cancel window (issue 16, item 2)', () => {
  it.each([
    ['a time 6.5 hours away with a 24-hour window', slotIn(6.5), clinic.calendars[0], 24],
    ['a time 30 hours away', slotIn(30), clinic.calendars[0], undefined],
    ['a time 6.5 hours away with a 4-hour window', slotIn(6.5), clinic.calendars[1], undefined],
    ['"any provider": the strictest calendar offering the slot', slotIn(6.5), undefined, 24],
    ['"any provider" where only the lenient calendar offers it', slotIn(6.5, ['B']), undefined, undefined],
  ])('%s', (_name, slot, chosen, expected) => {
    expect(closedWindowHours(slot, chosen, clinic, NOW)).toBe(expected);
  });

  it("names the location's phone, else the clinic's, else its email", () => {
    expect(contactBeforeBooking(clinic, clinic.locations[0])).toEqual({ kind: 'phone', value: '+1 416 555 0199' });
    expect(contactBeforeBooking(clinic, clinic.locations[1])).toEqual({ kind: 'phone', value: '+1 416 555 0100' });
    expect(contactBeforeBooking({ ...clinic, phone: undefined }, clinic.locations[1])).toEqual({ kind: 'email', value: 'desk@riverside.test' });
  });
});
