import { type CalendarListQuery, canSeeCalendar } from '@casefile/core';
import type { StaffContext } from '../context';

export async function listCalendars({ repos, caller }: StaffContext, query: CalendarListQuery) {
  const page = await repos.calendars.list(query);
  return { ...page, items: page.items.filter((calendar) => canSeeCalendar(caller, calendar)) };
}
