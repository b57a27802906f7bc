import { visibleCalendar } from './calendarChecks';
import type { StaffContext } from '../context';

export async function getCalendar({ repos, caller }: StaffContext, id: string) {
  return visibleCalendar(repos, caller, id);
}
