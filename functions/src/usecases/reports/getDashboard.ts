import { addDays, localDayOf, type RollupBucket, weekContaining } from '@casefile/core';
import type { StaffContext } from '../context';
import { clinicTimeZone } from './clinicTimeZone';
import { inScope, reportScopeFor } from './reportScope';

const MONEY_ROLES = new Set(['owner', 'manager']);
const FIRST_DAY = '2000-01-01';

/**
 * R5: the day and its week at a glance, beside the same day and week a week earlier. Reads the
 * visit and payment rollups of two weeks and the receivables: a handful of Queries whatever the history.
 */
export async function getDashboard(ctx: StaffContext, query: { date?: string | undefined }) {
  const timeZone = await clinicTimeZone(ctx.repos, ctx.runtime.clock.now());
  const date = query.date ?? localDayOf(ctx.runtime.clock.now().toISOString(), timeZone);
  const week = weekContaining(date);
  const weekFrom = week[0]!;
  const weekTo = week[6]!;
  const lastWeekFrom = addDays(weekFrom, -7);
  const seesMoney = MONEY_ROLES.has(ctx.caller.role);
  const [scope, visits, charges, payments, refunds, receivables] = await Promise.all([
    reportScopeFor(ctx),
    ctx.repos.rollups.listBuckets('visits', lastWeekFrom, weekTo),
    seesMoney ? ctx.repos.rollups.listBuckets('charges', date, date) : [],
    seesMoney ? ctx.repos.rollups.listBuckets('payments', addDays(date, -7), date) : [],
    seesMoney ? ctx.repos.rollups.listBuckets('refunds', addDays(date, -7), date) : [],
    seesMoney ? ctx.repos.rollups.listBuckets('receivables', FIRST_DAY, '2999-12-31') : [],
  ]);
  const ownVisits = inScope(scope, visits);
  const lastWeekDay = addDays(date, -7);
  const collectedOn = (day: string) => sum(payments, day, 'receivedMinor') - sum(refunds, day, 'refundedMinor');
  return {
    date,
    timeZone,
    scope: scope.scope,
    today: byStatus(ownVisits.filter((bucket) => bucket.day === date)),
    sameDayLastWeek: byStatus(ownVisits.filter((bucket) => bucket.day === lastWeekDay)),
    week: { from: weekFrom, to: weekTo, ...weekFigures(ownVisits.filter((bucket) => bucket.day >= weekFrom)) },
    lastWeek: { from: lastWeekFrom, to: addDays(weekTo, -7), ...weekFigures(ownVisits.filter((bucket) => bucket.day < weekFrom)) },
    money: seesMoney
      ? {
          chargedTodayMinor: sum(charges, date, 'chargedMinor'),
          collectedTodayMinor: collectedOn(date),
          collectedSameDayLastWeekMinor: collectedOn(lastWeekDay),
          openBalanceMinor: receivables.reduce((total, bucket) => total + (bucket.counters.outstandingMinor ?? 0), 0),
        }
      : null,
  };
}

function sum(buckets: readonly RollupBucket[], day: string, counter: 'chargedMinor' | 'receivedMinor' | 'refundedMinor'): number {
  return buckets.filter((bucket) => bucket.day === day).reduce((total, bucket) => total + (bucket.counters[counter] ?? 0), 0);
}

function total(buckets: readonly RollupBucket[], counter: keyof RollupBucket['counters']): number {
  return buckets.reduce((sum, bucket) => sum + (bucket.counters[counter] ?? 0), 0);
}

function byStatus(buckets: readonly RollupBucket[]) {
  return {
    visits: total(buckets, 'visits'),
    booked: total(buckets, 'booked'),
    confirmed: total(buckets, 'confirmed'),
    arrived: total(buckets, 'arrived'),
    paid: total(buckets, 'paid'),
    noShows: total(buckets, 'noShow'),
    cancellations: total(buckets, 'canceled'),
  };
}

function weekFigures(buckets: readonly RollupBucket[]) {
  return { visits: total(buckets, 'visits'), noShows: total(buckets, 'noShow'), cancellations: total(buckets, 'canceled') };
}
