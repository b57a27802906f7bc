import { type UpdateCalendar } from '@casefile/core';
import { checkCalendarReferences } from './calendarChecks';
import type { StaffContext } from '../context';

export async function updateCalendar({ repos }: StaffContext, id: string, request: UpdateCalendar) {
  const before = await repos.calendars.get(id);
  await checkCalendarReferences(repos, request);
  const updated = await repos.calendars.update(id, request);
  // Shifts carry their calendar's location for the weekly planning view; a retried PATCH finishes a partial move.
  if (updated.locationId !== before.locationId || request.locationId) await repos.shifts.relocateCalendar(updated.calendarId, updated.locationId);
  return updated;
}
