import { visibleShift } from './shiftCalendars';
import type { StaffContext } from '../context';

export async function getShift({ repos, caller }: StaffContext, id: string) {
  return visibleShift(repos, caller, id);
}
