import { type AttendanceQuery, attendanceRows } from '@casefile/core';
import type { StaffContext } from '../context';
import { clinicTimeZone } from './clinicTimeZone';
import { directoryOf, inScope, reportScopeFor } from './reportScope';

/** R2: no-show, cancellation and late-cancellation rates, from the visit rollups of the period. */
export async function getAttendanceReport(ctx: StaffContext, query: AttendanceQuery) {
  const [scope, timeZone, buckets] = await Promise.all([
    reportScopeFor(ctx),
    clinicTimeZone(ctx.repos, ctx.runtime.clock.now()),
    ctx.repos.rollups.listBuckets('visits', query.from, query.to),
  ]);
  const visible = inScope(scope, buckets);
  const directory = directoryOf(scope.calendars);
  const total = attendanceRows(visible, 'total', directory)[0] ?? emptyRow();
  return { from: query.from, to: query.to, timeZone, scope: scope.scope, groupBy: query.groupBy, rows: attendanceRows(visible, query.groupBy, directory), total };
}

function emptyRow() {
  return { group: 'total', visits: 0, attended: 0, noShows: 0, cancellations: 0, lateCancellations: 0, noShowRate: null, cancellationRate: null, lateCancellationRate: null };
}
