import { addDays, type AvailableDay, availableMinutes, type UtilizationQuery, utilizationRows } from '@casefile/core';
import type { StaffContext } from '../context';
import { clinicTimeZone } from './clinicTimeZone';
import { allPages, directoryOf, inScope, reportScopeFor } from './reportScope';

/**
 * R1: booked minutes (visit rollups) over available minutes (each calendar's shifts less breaks and
 * time blocks). Reads grow with days x calendars: one shift Query and one block Query per calendar.
 */
export async function getUtilizationReport(ctx: StaffContext, query: UtilizationQuery) {
  const [scope, timeZone, buckets, locations] = await Promise.all([
    reportScopeFor(ctx),
    clinicTimeZone(ctx.repos, ctx.runtime.clock.now()),
    ctx.repos.rollups.listBuckets('visits', query.from, query.to),
    allPages((cursor) => ctx.repos.locations.list({ limit: 100, cursor })),
  ]);
  const zoneOf = new Map(locations.map((location) => [location.locationId, location.timeZone]));
  const available = (
    await Promise.all(
      scope.calendars.map(async (calendar): Promise<AvailableDay[]> => {
        const zone = zoneOf.get(calendar.locationId) ?? timeZone;
        const shifts = await ctx.repos.shifts.listForCalendar(calendar.calendarId, query.from, query.to);
        if (shifts.length === 0) return [];
        // Blocks from the first shift's day to the day after the last, in UTC terms wide enough for any zone.
        const blocks = await allPages((cursor) =>
          ctx.repos.timeBlocks.overlapping(calendar.calendarId, `${addDays(query.from, -1)}T00:00:00.000Z`, `${addDays(query.to, 2)}T00:00:00.000Z`, { limit: 1000, cursor }),
        );
        return shifts.map((shift) => ({ calendarId: calendar.calendarId, day: shift.date, minutes: availableMinutes(shift, blocks, zone) }));
      }),
    )
  ).flat();
  const directory = directoryOf(scope.calendars);
  const visible = inScope(scope, buckets);
  const total = utilizationRows(visible, available, 'total', directory)[0] ?? { group: 'total', bookedMinutes: 0, availableMinutes: 0, utilization: null };
  return { from: query.from, to: query.to, timeZone, scope: scope.scope, groupBy: query.groupBy, rows: utilizationRows(visible, available, query.groupBy, directory), total };
}
