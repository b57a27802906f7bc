/**
 * The identity port: where staff sign-in accounts live (the Cognito user pool in AWS, a JSON file
 * locally). The member record in the table stays the source of truth; this mirrors what sign-in needs.
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
  /** Creates the user, or updates the one with this email; enables or disables it per `active`. */
  putUser(user: IdentityUser): Promise<void>;
}
