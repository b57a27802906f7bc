import { type CreateTimeBlock } from '@casefile/core';
import { requireReference } from '../references';
import { visibleCalendar } from './calendarChecks';
import type { StaffContext } from '../context';

export async function createTimeBlock({ repos, caller }: StaffContext, request: CreateTimeBlock) {
  await requireReference(visibleCalendar(repos, caller, request.calendarId), 'calendarId', 'calendar');
  return repos.timeBlocks.create(request);
}
