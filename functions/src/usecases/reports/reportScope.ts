import { type Calendar, PROVIDER_CHARGE_VIEWS, type RollupBucket, type RollupFamily, VISIT_VIEWS } from '@casefile/core';
import type { Page } from '@casefile/db';
import type { StaffContext } from '../context';

/** Whose figures a caller sees: the clinic's, or (providers) only their own calendars and charges. */
export interface ReportScope {
  scope: 'clinic' | 'own';
  calendars: Calendar[];
  memberId: string | undefined;
}

async function allPages<T>(read: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

/** Whether the caller sees only their own figures (providers), known before anything is read. */
export function seesOwnFiguresOnly(ctx: StaffContext): boolean {
  return ctx.caller.role === 'provider';
}

/** The calendars in the caller's scope (a provider's: the calendars of which they are the member). */
export async function reportScopeFor(ctx: StaffContext): Promise<ReportScope> {
  const calendars = await allPages((cursor) => ctx.repos.calendars.list({ limit: 100, cursor }));
  if (!seesOwnFiguresOnly(ctx)) return { scope: 'clinic', calendars, memberId: undefined };
  return { scope: 'own', calendars: calendars.filter((calendar) => calendar.memberId === ctx.caller.memberId), memberId: ctx.caller.memberId };
}

const VISIT_FAMILIES = new Set<RollupFamily>(VISIT_VIEWS);
const OWN_CHARGE_FAMILIES = new Set<RollupFamily>(PROVIDER_CHARGE_VIEWS);

/** Buckets the scope may see: a provider's visits on their calendars and charges of theirs (from the views by provider); nothing else. */
export function inScope(scope: ReportScope, buckets: readonly RollupBucket[]): RollupBucket[] {
  if (scope.scope === 'clinic') return [...buckets];
  const own = new Set(scope.calendars.map((calendar) => calendar.calendarId));
  return buckets.filter((bucket) => {
    if (VISIT_FAMILIES.has(bucket.family)) return own.has(bucket.dims.calendarId ?? '');
    if (OWN_CHARGE_FAMILIES.has(bucket.family)) return bucket.dims.providerMemberId === scope.memberId;
    return false;
  });
}

export function directoryOf(calendars: readonly Calendar[]) {
  return new Map(calendars.map((calendar) => [calendar.calendarId, { memberId: calendar.memberId, locationId: calendar.locationId }]));
}

export { allPages };
