/**
 * Sample requests for the shift routes, merged into sampleRequests.ts. Creates use dates far beyond
 * the demo seed's 8 weeks, a fresh one per call, so that the one-shift-per-calendar-and-day rule
 * never turns a sample into a 409.
 */
import { addDays } from '@casefile/core';
import type { ApiClient } from '../apiClient';
import type { ClinicFixture, FixtureIds } from '../fixtureTypes';

type Ids = Omit<FixtureIds, 'shiftId'> & Partial<Pick<FixtureIds, 'shiftId'>>;

let unique = 0;
const today = () => new Date().toISOString().slice(0, 10);
/** 2031-01-01 onwards, one date per sample create. */
const freshDate = () => addDays('2031-01-01', ++unique);
/** Mondays from 2035-01-01 onwards, one week per sample repeat. */
const freshWeek = () => addDays('2035-01-01', 7 * ++unique);

export const SHIFT_PATH_IDS: Readonly<Record<string, 'shiftId'>> = {
  '/api/shifts/{id}': 'shiftId',
};

export const SHIFT_SAMPLE_BODIES: Readonly<Record<string, (ids: Ids) => unknown>> = {
  createShift: (ids) => ({ calendarId: ids.calendarId, date: freshDate(), start: '09:00', end: '17:00', breaks: [{ start: '12:00', end: '12:30', label: 'Lunch' }] }),
  repeatShifts: (ids) => ({ calendarIds: [ids.calendarId], startDate: freshWeek(), weekdays: ['MO', 'TH'], weeks: 1, start: '10:00', end: '16:00', breaks: [] }),
  // Earlier than every seeded pattern's first break, so valid on whichever seeded shift it meets.
  updateShift: () => ({ start: '07:30' }),
};

export const SHIFT_SAMPLE_QUERIES: Readonly<Record<string, (ids: Ids) => string>> = {
  listShifts: (ids) => `?calendarId=${ids.calendarId}&from=${today()}&to=${addDays(today(), 27)}`,
  getShiftWeek: (ids) => `?locationId=${ids.locationId}&weekOf=${today()}`,
};

/** Routes whose sample consumes its shift (DELETE) get a new one each time, as FRESH_IDS does for time blocks. */
export const SHIFT_FRESH_IDS: Readonly<Record<string, (fixture: ClinicFixture) => Promise<Partial<FixtureIds>>>> = {
  deleteShift: async (fixture) => {
    const owner = await fixture.api('owner');
    const created = await owner.post<{ shiftId: string }>('/api/shifts', SHIFT_SAMPLE_BODIES.createShift!(fixture.ids));
    if (created.status !== 201) throw new Error(`Could not create a sample shift: ${created.status} ${created.text}`);
    return { shiftId: created.body.shiftId };
  },
};

/** A shift the demo seed gave `ids.calendarId`: the first one from yesterday on. */
export async function loadShiftId(api: ApiClient, ids: Ids): Promise<string> {
  const from = addDays(today(), -1);
  const response = await api.get<{ items: { shiftId: string }[] }>(`/api/shifts?calendarId=${ids.calendarId}&from=${from}&to=${addDays(from, 55)}`);
  const shiftId = response.body.items?.[0]?.shiftId;
  if (!shiftId) throw new Error(`The demo seed gave calendar ${ids.calendarId} no shift (GET /api/shifts answered ${response.status}).`);
  return shiftId;
}
