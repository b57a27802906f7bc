import { type TimeBlockListQuery } from '@casefile/core';
import { visibleCalendar } from './calendarChecks';
import type { StaffContext } from '../context';

export async function listTimeBlocks({ repos, caller }: StaffContext, query: TimeBlockListQuery) {
  await visibleCalendar(repos, caller, query.calendarId);
  return repos.timeBlocks.overlapping(query.calendarId, query.from, query.to, { limit: query.limit, cursor: query.cursor });
}
