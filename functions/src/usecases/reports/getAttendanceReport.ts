import { type AttendanceQuery, attendanceRows, VISIT_VIEWS, viewFor } from '@casefile/core';
import type { StaffContext } from '../context';
import { clinicTimeZone } from './clinicTimeZone';
import { directoryOf, inScope, reportScopeFor } from './reportScope';

/** R2: no-show, cancellation and late-cancellation rates, from the one view of the period's visits that keeps the grouping. */
export async function getAttendanceReport(ctx: StaffContext, query: AttendanceQuery) {
  const view = viewFor(VISIT_VIEWS, query.groupBy);
  const [scope, timeZone, buckets] = await Promise.all([
    reportScopeFor(ctx),
    clinicTimeZone(ctx.repos, ctx.runtime.clock.now()),
    ctx.repos.rollups.listBuckets(view, query.from, query.to),
  ]);
  const visible = inScope(scope, buckets);
  const directory = directoryOf(scope.calendars);
  const total = attendanceRows(visible, 'total', directory, view)[0] ?? emptyRow();
  return { from: query.from, to: query.to, timeZone, scope: scope.scope, groupBy: query.groupBy, rows: attendanceRows(visible, query.groupBy, directory, view), total };
}

function emptyRow() {
  return { group: 'total', visits: 0, attended: 0, noShows: 0, cancellations: 0, lateCancellations: 0, noShowRate: null, cancellationRate: null, lateCancellationRate: null };
}
