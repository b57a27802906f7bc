/**
 * One sign-in identity per email, across clinics: an email that already signs in to one clinic
 * cannot be added to another (memberships of one person in several clinics are not modelled).
 */
import { ConflictError } from '../errors';

/** The clinic an existing sign-in account belongs to; empty when it names none yet. */
export interface ExistingSignIn {
  clinicId: string;
}

export function isSignInOfAnotherClinic(existing: ExistingSignIn | undefined, clinicId: string): boolean {
  return Boolean(existing?.clinicId) && existing?.clinicId !== clinicId;
}

export function signInTakenError(): ConflictError {
  return new ConflictError(
    'This email already signs in to another clinic, and one email signs in to one clinic only. Use another email address for this team member.',
    'email_signs_in_elsewhere',
  );
}
