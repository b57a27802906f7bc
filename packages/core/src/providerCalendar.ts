import { type CreateCalendar, DEFAULT_GUARDRAILS } from './schemas/calendar';

/** The calendar a new provider gets (SPEC C1): theirs, at one location, accepting their disciplines. */
export function providerCalendarFor(
  provider: { memberId: string; firstName: string; lastName: string; disciplineIds: string[] },
  locationId: string,
): CreateCalendar {
  return {
    kind: 'provider',
    name: `${provider.firstName} ${provider.lastName}`,
    locationId,
    memberId: provider.memberId,
    disciplineIds: provider.disciplineIds,
    grantedMemberIds: [],
    onlineBooking: false,
    visibleHours: { start: '07:00', end: '21:00' },
    guardrails: DEFAULT_GUARDRAILS,
    active: true,
  };
}
