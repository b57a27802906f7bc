import type { Role } from './permissions';

/**
 * Calendar grants (SPEC T4, C1): providers see and book only their own calendars and those they were
 * granted; every other role sees all of the clinic's calendars (what they may do there is the
 * permissions table's business).
 */
export function canSeeCalendar(
  caller: { role: Role; memberId: string },
  calendar: { memberId?: string | undefined; grantedMemberIds: readonly string[] },
): boolean {
  if (caller.role !== 'provider') return true;
  return calendar.memberId === caller.memberId || calendar.grantedMemberIds.includes(caller.memberId);
}
