/**
 * Which calendars may have a feed, who may issue or revoke it, and how far the feed reaches.
 * A feed is a secret URL with a provider's day on it: only provider calendars have one, and a
 * provider manages only the feed of their own calendar (owners and managers, any provider's).
 */
import type { Role } from '../permissions';
import { DomainError, ForbiddenError } from '../errors';

export interface FeedCalendar {
  kind: string;
  memberId?: string | undefined;
}

/** Days before today and after it that a feed lists: recent history and the year ahead. */
export const FEED_DAYS_BEFORE = 30;
export const FEED_DAYS_AFTER = 365;

export function feedWindow(now: Date): { from: string; to: string } {
  const day = 86_400_000;
  return { from: new Date(now.getTime() - FEED_DAYS_BEFORE * day).toISOString(), to: new Date(now.getTime() + FEED_DAYS_AFTER * day).toISOString() };
}

/** Throws unless this member, in this role, may issue, rotate or revoke the calendar's feed. */
export function assertMayManageFeed(calendar: FeedCalendar, caller: { role: Role; memberId: string }): void {
  if (calendar.kind !== 'provider') throw new DomainError('unprocessable', 'Only provider calendars have a feed.', { code: 'feed_not_provider_calendar' });
  if (caller.role === 'owner' || caller.role === 'manager') return;
  if (calendar.memberId !== caller.memberId) throw new ForbiddenError();
}
