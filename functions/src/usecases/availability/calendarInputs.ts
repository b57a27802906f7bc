import { Temporal } from 'temporal-polyfill';
import type { Calendar, CalendarAvailabilityInput } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';

/** The longest buffer a calendar may have (see guardrailsSchema). */
const MAX_BUFFER_MS = 240 * 60_000;

/**
 * Reads what the engine needs for each calendar over a window: its location's zone, its shifts on
 * the local dates the window touches, and the blocks and active appointments overlapping it. Three
 * Queries per calendar, run in parallel, plus one read of the clinic's locations.
 */
export async function loadCalendarInputs(
  repos: ClinicRepositories,
  calendars: readonly Calendar[],
  window: { from: string; to: string; durationMinutes: number },
): Promise<CalendarAvailabilityInput[]> {
  // A start near `to` runs for the session's length, and buffers reach past both ends.
  const from = new Date(Date.parse(window.from) - MAX_BUFFER_MS).toISOString();
  const to = new Date(Date.parse(window.to) + window.durationMinutes * 60_000 + MAX_BUFFER_MS).toISOString();
  const locations = complete(await repos.locations.list({ limit: 100 }), 'locations');
  const zoneOf = new Map(locations.map((location) => [location.locationId, location.timeZone]));
  return Promise.all(
    calendars.map(async (calendar) => {
      const timeZone = zoneOf.get(calendar.locationId);
      if (!timeZone) throw new Error(`Calendar ${calendar.calendarId} is at a location that does not exist.`);
      // A day either side: a local date's shift can start before `from` in UTC, or end after `to`.
      const firstDate = Temporal.Instant.from(from).toZonedDateTimeISO(timeZone).toPlainDate().subtract({ days: 1 }).toString();
      const lastDate = Temporal.Instant.from(to).toZonedDateTimeISO(timeZone).toPlainDate().add({ days: 1 }).toString();
      const [shifts, blocks, busy] = await Promise.all([
        repos.shifts.listForCalendar(calendar.calendarId, firstDate, lastDate),
        repos.timeBlocks.overlapping(calendar.calendarId, from, to),
        repos.appointments.busyBetween(calendar.calendarId, from, to),
      ]);
      return {
        calendarId: calendar.calendarId,
        timeZone,
        disciplineIds: calendar.disciplineIds,
        onlineBooking: calendar.onlineBooking,
        guardrails: calendar.guardrails,
        shifts: shifts.map((shift) => ({ shiftId: shift.shiftId, date: shift.date, start: shift.start, end: shift.end, breaks: shift.breaks })),
        blocks: complete(blocks, 'time blocks').map((block) => ({ blockId: block.blockId, kind: block.kind, start: block.start, end: block.end, ...(block.label ? { label: block.label } : {}) })),
        busy,
      };
    }),
  );
}

/** The engine cannot tell a truncated read from a free calendar: refuse to answer from half the data. */
export function complete<T>(page: { items: T[]; nextCursor: string | null }, what: string): T[] {
  if (page.nextCursor) throw new Error(`Too many ${what} to read in one page for availability.`);
  return page.items;
}
