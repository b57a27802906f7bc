/**
 * One sign-in code path with two implementations chosen by runtime config (`/console-config.json`):
 * `local` asks the local runtime's token issuer for a demo user's token; `cognito` sends the user to
 * the Cognito hosted UI (authorization code with PKCE) and trades the code for an ID token.
 */
import type { StaffSession } from './session';

export interface LocalAuthConfig {
  kind: 'local';
}

export interface CognitoAuthConfig {
  kind: 'cognito';
  /** e.g. https://casefile-clinic.auth.ca-central-1.amazoncognito.com */
  domain: string;
  clientId: string;
  /** Defaults to this origin plus `/`. */
  redirectUri?: string;
}

export type AuthConfig = LocalAuthConfig | CognitoAuthConfig;

export interface AuthMethod {
  kind: AuthConfig['kind'];
  /** Finishes a sign-in the browser came back from (Cognito's `?code=`), if any. */
  completeRedirect(): Promise<StaffSession | undefined>;
  /** Local: with the email of a user. Cognito: leaves for the hosted UI (resolves undefined). */
  signIn(email?: string): Promise<StaffSession | undefined>;
  signOut(): void;
}

export async function loadAuthConfig(): Promise<AuthConfig> {
  try {
    const response = await fetch('/console-config.json', { headers: { accept: 'application/json' } });
    const config = (await response.json()) as { auth?: AuthConfig };
    if (config.auth?.kind === 'cognito' && config.auth.domain && config.auth.clientId) return config.auth;
  } catch {
    // No config: the local runtime.
  }
  return { kind: 'local' };
}
