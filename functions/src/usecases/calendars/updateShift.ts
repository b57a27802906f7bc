import { type ShiftScopeQuery, type ShiftUpdateResult, type UpdateShift } from '@casefile/core';
import { visibleShift } from './shiftCalendars';
import type { StaffContext } from '../context';

export async function updateShift({ repos, caller }: StaffContext, id: string, query: ShiftScopeQuery, request: UpdateShift): Promise<ShiftUpdateResult> {
  await visibleShift(repos, caller, id);
  const items = await repos.shifts.update(id, request, query.scope);
  return { scope: query.scope, count: items.length, items };
}
