/** The identity a staff token carries, named as Cognito names it in an ID token. */
export interface StaffIdentity {
  /** The member id; Cognito's `sub`. */
  memberId: string;
  email: string;
  clinicId: string;
  role: string;
}

/** The claims of a Cognito-shaped ID token, as signed. */
export interface StaffTokenClaims {
  sub: string;
  email: string;
  email_verified: boolean;
  'custom:clinicId': string;
  'custom:role': string;
  /** Cognito's own `sub` is a generated id, so the user pool also carries the member id as an attribute. */
  'custom:memberId': string;
  'cognito:username': string;
  token_use: 'id';
  iss: string;
  aud: string;
  auth_time: number;
  iat: number;
  exp: number;
  jti: string;
  [claim: string]: unknown;
}

/** Checks a bearer token's signature, issuer, audience and expiry; resolves to its claims. */
export interface TokenVerifier {
  verify(token: string): Promise<Record<string, unknown>>;
}

export interface IssuedToken {
  token: string;
  claims: StaffTokenClaims;
}

/** Signs a staff ID token (the local issuer; Cognito signs them in AWS). */
export interface TokenIssuer {
  issue(identity: StaffIdentity): Promise<IssuedToken>;
}

export const LOCAL_TOKEN_ISSUER = 'casefile-local';
export const LOCAL_TOKEN_AUDIENCE = 'casefile-local-client';
