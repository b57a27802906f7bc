import { type RepeatShifts, type RepeatShiftsResult, repeatDates } from '@casefile/core';
import { calendarsForShifts } from './shiftCalendars';
import type { StaffContext } from '../context';

export async function repeatShifts({ repos, caller }: StaffContext, request: RepeatShifts): Promise<RepeatShiftsResult> {
  const calendars = await calendarsForShifts(repos, caller, request.calendarIds, (index) => `calendarIds.${index}`);
  const series = await repos.shifts.createSeries(calendars, repeatDates(request), request);
  return {
    count: series.reduce((sum, one) => sum + one.shifts.length, 0),
    series: series.map(({ seriesId, calendarId, shifts }) => ({
      seriesId,
      calendarId,
      start: request.start,
      end: request.end,
      breaks: shifts[0]?.breaks ?? [],
      occurrences: shifts.map(({ date, shiftId }) => ({ date, shiftId })),
    })),
  };
}
