import { explainStart } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { loadCalendarInputs } from '../availability/calendarInputs';
import type { BookingWarning } from '../billing/authorizationWarnings';
import type { BookingTarget } from './bookingChecks';
import { sessionInput } from './newAppointment';

/**
 * A staff booking outside the calendar's shift, or in one of its breaks (issue 16): still booked (the
 * front desk may mean it), but said. The availability engine decides, as it does for online bookings.
 */
export async function shiftWarnings(repos: ClinicRepositories, runtime: Runtime, target: BookingTarget, start: string): Promise<BookingWarning[]> {
  const [input] = await loadCalendarInputs(repos, [target.calendar], { from: start, to: start, durationMinutes: target.session.durationMinutes });
  if (!input) return [];
  const explanation = explainStart(input, { session: sessionInput(target.session), now: runtime.clock.now().toISOString(), mode: 'staff' }, start);
  return explanation.reasons
    .filter((reason) => reason.code === 'outside_shift' || reason.code === 'in_break')
    .slice(0, 1)
    .map((reason) => ({ code: reason.code, text: `${target.calendar.name} is not working then: ${reason.message}` }));
}
