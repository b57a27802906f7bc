import { type CreateCalendar } from '@casefile/core';
import { checkCalendarReferences } from './calendarChecks';
import type { StaffContext } from '../context';

export async function createCalendar({ repos }: StaffContext, request: CreateCalendar) {
  await checkCalendarReferences(repos, request);
  return repos.calendars.create(request);
}
