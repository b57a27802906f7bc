import { type ShiftScopeQuery } from '@casefile/core';
import { visibleShift } from './shiftCalendars';
import type { StaffContext } from '../context';

export async function deleteShift({ repos, caller }: StaffContext, id: string, query: ShiftScopeQuery) {
  await visibleShift(repos, caller, id);
  await repos.shifts.remove(id, query.scope);
  return undefined;
}
