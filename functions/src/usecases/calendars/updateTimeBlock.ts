import { type UpdateTimeBlock } from '@casefile/core';
import { visibleCalendar } from './calendarChecks';
import type { StaffContext } from '../context';

export async function updateTimeBlock({ repos, caller }: StaffContext, id: string, request: UpdateTimeBlock) {
  const block = await repos.timeBlocks.get(id);
  await visibleCalendar(repos, caller, block.calendarId);
  return repos.timeBlocks.update(id, request);
}
