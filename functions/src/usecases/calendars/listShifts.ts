import { type ShiftListQuery } from '@casefile/core';
import { visibleCalendar } from './calendarChecks';
import type { StaffContext } from '../context';

export async function listShifts({ repos, caller }: StaffContext, query: ShiftListQuery) {
  await visibleCalendar(repos, caller, query.calendarId);
  const items = await repos.shifts.listForCalendar(query.calendarId, query.from, query.to);
  return { calendarId: query.calendarId, from: query.from, to: query.to, items };
}
