/**
 * The identity port: where staff sign-in accounts live (the Cognito user pool in AWS, a JSON file
 * locally). The member record in the table stays the source of truth; this mirrors what sign-in needs.
 * One account per email across all clinics: an account is never moved to, or overwritten by, a
 * clinic other than its own.
 */
export interface IdentityUser {
  email: string;
  clinicId: string;
  memberId: string;
  role: string;
  /** An inactive user keeps their account but cannot sign in. */
  active: boolean;
}

export interface IdentityDirectory {
  /** The account with this email, or undefined when there is none. */
  findByEmail(email: string): Promise<IdentityUser | undefined>;
  /**
   * Creates the user, or updates the one with this email if it belongs to the same clinic (or to
   * none); enables or disables it per `active`. An account of another clinic is refused with a
   * ConflictError and left as it is.
   */
  putUser(user: IdentityUser): Promise<void>;
  /** Ends every session of this user (refresh tokens stop working); ID tokens already issued run out on their own. */
  signOutEverywhere(email: string): Promise<void>;
}
