import { Temporal } from 'temporal-polyfill';
import type { Calendar, CalendarAvailabilityInput } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';

/**
 * Reads what the engine needs for each calendar over a window: its location's zone, its shifts on
 * the local dates the window touches, and the blocks overlapping it. Two Queries per calendar, run
 * in parallel, plus one read of the clinic's locations. Appointments (busy intervals) join with the
 * appointments issue.
 */
export async function loadCalendarInputs(
  repos: ClinicRepositories,
  calendars: readonly Calendar[],
  from: string,
  to: string,
): Promise<CalendarAvailabilityInput[]> {
  const locations = await repos.locations.list({ limit: 100 });
  const zoneOf = new Map(locations.items.map((location) => [location.locationId, location.timeZone]));
  return Promise.all(
    calendars.map(async (calendar) => {
      const timeZone = zoneOf.get(calendar.locationId);
      if (!timeZone) throw new Error(`Calendar ${calendar.calendarId} is at a location that does not exist.`);
      // A day either side: a local date's shift can start before `from` in UTC, or end after `to`.
      const firstDate = Temporal.Instant.from(from).toZonedDateTimeISO(timeZone).toPlainDate().subtract({ days: 1 }).toString();
      const lastDate = Temporal.Instant.from(to).toZonedDateTimeISO(timeZone).toPlainDate().add({ days: 1 }).toString();
      const [shifts, blocks] = await Promise.all([
        repos.shifts.listForCalendar(calendar.calendarId, firstDate, lastDate),
        repos.timeBlocks.overlapping(calendar.calendarId, from, to),
      ]);
      return {
        calendarId: calendar.calendarId,
        timeZone,
        disciplineIds: calendar.disciplineIds,
        onlineBooking: calendar.onlineBooking,
        guardrails: calendar.guardrails,
        shifts: shifts.map((shift) => ({ shiftId: shift.shiftId, date: shift.date, start: shift.start, end: shift.end, breaks: shift.breaks })),
        blocks: blocks.items.map((block) => ({ blockId: block.blockId, kind: block.kind, start: block.start, end: block.end, ...(block.label ? { label: block.label } : {}) })),
        busy: [],
      };
    }),
  );
}
