import { CHARGE_VIEWS, daysInRange, PROVIDER_CHARGE_VIEWS, type RevenueQuery, revenueRows, revenueTotals, type RollupFamily, viewFor } from '@casefile/core';
import type { StaffContext } from '../context';
import { clinicTimeZone } from './clinicTimeZone';
import { directoryOf, inScope, reportScopeFor, seesOwnFiguresOnly } from './reportScope';

/** Besides the one view of the charges that keeps the grouping. */
const PERIOD_FAMILIES: readonly RollupFamily[] = ['invoices', 'writeOffs', 'payments', 'refunds'];
/** Receivables are kept by issue day; the open balance sums every issue day up to the period's end. */
const FIRST_DAY = '2000-01-01';

/** R3: charged, invoiced, written off, received and refunded; collection rate and days in A/R, in total and by payer kind. */
export async function getRevenueReport(ctx: StaffContext, query: RevenueQuery) {
  // A provider reads the views of charges by provider (then only their own); the clinic, its own views.
  const chargeViews = seesOwnFiguresOnly(ctx) ? PROVIDER_CHARGE_VIEWS : CHARGE_VIEWS;
  const chargeView = viewFor(chargeViews, query.groupBy);
  const [scope, timeZone, clinic, periodBuckets, receivables] = await Promise.all([
    reportScopeFor(ctx),
    clinicTimeZone(ctx.repos, ctx.runtime.clock.now()),
    ctx.repos.clinic.get(),
    Promise.all([chargeView, ...PERIOD_FAMILIES].map((family) => ctx.repos.rollups.listBuckets(family, query.from, query.to))).then((lists) => lists.flat()),
    ctx.repos.rollups.listBuckets('receivables', FIRST_DAY, query.to),
  ]);
  const visible = inScope(scope, periodBuckets);
  const days = daysInRange(query.from, query.to);
  const rows = revenueRows(visible, query.groupBy, directoryOf(scope.calendars), { buckets: receivables, days }, chargeViews);
  // A provider sees only their charges: the other figures are the clinic's, not theirs.
  const ownRows = scope.scope === 'own' ? rows.map((row) => ({ ...row, invoicedMinor: null, writtenOffMinor: null, receivedMinor: null, refundedMinor: null, outstandingMinor: null, daysInAr: null })) : rows;
  const totals = scope.scope === 'own' ? null : revenueTotals(visible, receivables, days, chargeView);
  return { from: query.from, to: query.to, timeZone, scope: scope.scope, groupBy: query.groupBy, currency: clinic.currency, rows: ownRows, totals };
}
