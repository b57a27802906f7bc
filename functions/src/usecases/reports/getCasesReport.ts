import { CASE_LINE_DAY, caseReport, type CasesQuery } from '@casefile/core';
import type { StaffContext } from '../context';
import { clinicTimeZone } from './clinicTimeZone';

/** Cases are kept by intake day; the report counts every case taken in up to the period's end. */
const FIRST_DAY = '2000-01-01';
const LAST_DAY = '2999-12-31';

/**
 * R4: open cases by type and status, intakes converted to a first visit, discharges with their
 * average visits, and authorized vs used visits. Three Queries over the per-case rollups: cost grows
 * with the clinic's cases, never with its appointments.
 */
export async function getCasesReport(ctx: StaffContext, query: CasesQuery) {
  const [timeZone, cases, caseVisits, authorizations] = await Promise.all([
    clinicTimeZone(ctx.repos, ctx.runtime.clock.now()),
    ctx.repos.rollups.listBuckets('cases', FIRST_DAY, query.to),
    ctx.repos.rollups.listBuckets('caseVisits', CASE_LINE_DAY, CASE_LINE_DAY),
    ctx.repos.rollups.listBuckets('authorizations', query.from, LAST_DAY),
  ]);
  const input = { from: query.from, to: query.to, cases, caseVisits, authorizations };
  const report = caseReport({ ...input, groupBy: query.groupBy });
  const total = caseReport({ ...input, groupBy: 'total' }).rows[0] ?? emptyTotal();
  return { from: query.from, to: query.to, timeZone, groupBy: query.groupBy, ...report, total };
}

function emptyTotal() {
  return { group: 'total', openCases: 0, intakes: 0, converted: 0, conversionRate: null, discharged: 0, averageVisitsPerDischarged: null, authorizations: 0, authorizedVisits: 0, usedVisits: 0, authorizationUse: null, nearExhaustion: 0 };
}
