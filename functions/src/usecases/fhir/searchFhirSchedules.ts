import { type Calendar, type FhirResource, toFhirSchedule } from '@casefile/core';
import type { StaffContext } from '../context';

/** Calendars as Schedules, optionally by active flag and by the member whose calendar it is. */
export async function searchFhirSchedules({ repos }: StaffContext, search: { active?: 'true' | 'false' | undefined; actor?: string | undefined }): Promise<FhirResource[]> {
  const calendars: Calendar[] = [];
  let cursor: string | undefined;
  do {
    const page = await repos.calendars.list({ limit: 100, ...(cursor ? { cursor } : {}) });
    calendars.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return calendars
    .filter((calendar) => (search.active === undefined || String(calendar.active) === search.active) && (search.actor === undefined || calendar.memberId === search.actor))
    .map(toFhirSchedule);
}
