import { type CreateShift } from '@casefile/core';
import { calendarsForShifts } from './shiftCalendars';
import type { StaffContext } from '../context';

export async function createShift({ repos, caller }: StaffContext, request: CreateShift) {
  const [calendar] = await calendarsForShifts(repos, caller, [request.calendarId], () => 'calendarId');
  return repos.shifts.create(calendar!, request.date, request);
}
