import { visibleCalendar } from './calendarChecks';
import type { StaffContext } from '../context';

export async function deleteTimeBlock({ repos, caller }: StaffContext, id: string) {
  const block = await repos.timeBlocks.get(id);
  await visibleCalendar(repos, caller, block.calendarId);
  await repos.timeBlocks.remove(id);
  return undefined;
}
