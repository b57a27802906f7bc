import { authorizationStanding, ConflictError, localDateOf } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';

export interface BookingWarning {
  code: string;
  text: string;
}

/**
 * Booking into a case past an exhausted or expired authorization (K5): a warning in the booking's
 * answer, or 409 when the clinic's policy blocks it. A case with no authorization is not checked.
 */
export async function authorizationWarnings(repos: ClinicRepositories, caseId: string, start: string): Promise<BookingWarning[]> {
  const [billing, policy, clinic] = await Promise.all([repos.billing.caseBilling(caseId), repos.billing.policy(), repos.clinic.get()]);
  const standing = authorizationStanding(billing.authorizations, localDateOf(new Date(start).toISOString(), clinic.defaultTimeZone));
  if (standing === 'ok' || standing === 'none') return [];
  const text = standing === 'exhausted' ? "The case's authorized visits are used up." : "The case's authorization does not cover that date.";
  if (policy.authorizationOverrun === 'block') throw new ConflictError(`${text} The clinic's policy refuses bookings past the authorization.`, `authorization_${standing}`);
  return [{ code: `authorization_${standing}`, text }];
}
