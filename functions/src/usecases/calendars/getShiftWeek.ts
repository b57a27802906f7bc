import { type Shift, type ShiftWeek, type ShiftWeekQuery, weekContaining } from '@casefile/core';
import { locationCalendars } from './shiftCalendars';
import type { StaffContext } from '../context';

export async function getShiftWeek({ repos, caller }: StaffContext, query: ShiftWeekQuery): Promise<ShiftWeek> {
  await repos.locations.get(query.locationId);
  const dates = weekContaining(query.weekOf);
  const [calendars, shifts] = await Promise.all([
    locationCalendars(repos, caller, query.locationId),
    repos.shifts.listForLocation(query.locationId, dates[0]!, dates[6]!),
  ]);
  const byCalendar = new Map<string, Shift[]>();
  for (const shift of shifts) byCalendar.set(shift.calendarId, [...(byCalendar.get(shift.calendarId) ?? []), shift]);
  return {
    locationId: query.locationId,
    dates,
    calendars: calendars
      // Inactive calendars only when they still have shifts that week.
      .filter((calendar) => calendar.active || byCalendar.has(calendar.calendarId))
      .map((calendar) => ({
        calendarId: calendar.calendarId,
        name: calendar.name,
        kind: calendar.kind,
        active: calendar.active,
        shifts: byCalendar.get(calendar.calendarId) ?? [],
      })),
  };
}
