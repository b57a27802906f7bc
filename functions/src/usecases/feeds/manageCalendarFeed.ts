/**
 * Issue (or rotate), read and revoke a provider calendar's feed. Issuing again replaces the secret:
 * the old address stops working in the same transaction the new one starts in.
 */
import { assertMayManageFeed, type CalendarFeedState, ConflictError, type IssuedCalendarFeed, NotFoundError } from '@casefile/core';
import type { StaffContext } from '../context';
import { feedUrl, hashFeedSecret, newFeedSecret } from './feedSecret';

async function manageableCalendar({ repos, caller }: StaffContext, calendarId: string) {
  const calendar = await repos.calendars.get(calendarId);
  assertMayManageFeed(calendar, caller);
  return calendar;
}

export async function getCalendarFeed(context: StaffContext, calendarId: string): Promise<CalendarFeedState> {
  await manageableCalendar(context, calendarId);
  const feed = await context.repos.calendarFeeds.get(calendarId);
  return feed ? { calendarId, active: true, issuedAt: feed.updatedAt } : { calendarId, active: false };
}

export async function issueCalendarFeed(context: StaffContext, calendarId: string): Promise<IssuedCalendarFeed> {
  await manageableCalendar(context, calendarId);
  const secret = newFeedSecret();
  const previous = await context.repos.calendarFeeds.get(calendarId);
  const outcome = await context.repos.calendarFeeds.issue(calendarId, hashFeedSecret(secret), previous);
  if (!outcome.written) throw new ConflictError('The feed changed at the same moment; try again.', 'concurrent_change');
  return { calendarId, url: feedUrl(secret), issuedAt: context.runtime.clock.now().toISOString() };
}

export async function revokeCalendarFeed(context: StaffContext, calendarId: string): Promise<void> {
  await manageableCalendar(context, calendarId);
  const current = await context.repos.calendarFeeds.get(calendarId);
  if (!current) throw new NotFoundError('Calendar feed');
  const outcome = await context.repos.calendarFeeds.revoke(current);
  if (!outcome.written) throw new ConflictError('The feed changed at the same moment; try again.', 'concurrent_change');
}
