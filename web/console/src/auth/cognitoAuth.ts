/** Cognito hosted UI with the authorization code flow and PKCE; the ID token is what the API authorizer checks. */
import type { AuthMethod, CognitoAuthConfig } from './authMethod';
import { sessionFromToken } from './session';

const VERIFIER_KEY = 'casefile.pkce';

function base64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function challengeOf(verifier: string): Promise<string> {
  return base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

export function cognitoAuth(config: CognitoAuthConfig): AuthMethod {
  const redirectUri = config.redirectUri ?? `${location.origin}/`;
  return {
    kind: 'cognito',
    async completeRedirect() {
      const params = new URLSearchParams(location.search);
      const code = params.get('code');
      const verifier = sessionStorage.getItem(VERIFIER_KEY);
      if (!code || !verifier) return undefined;
      sessionStorage.removeItem(VERIFIER_KEY);
      const response = await fetch(`${config.domain}/oauth2/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'authorization_code', client_id: config.clientId, code, redirect_uri: redirectUri, code_verifier: verifier }),
      });
      history.replaceState(null, '', location.pathname);
      if (!response.ok) throw new Error('Signing in with Cognito failed; try again.');
      const tokens = (await response.json()) as { id_token: string };
      return sessionFromToken(tokens.id_token);
    },
    async signIn() {
      const verifier = base64Url(crypto.getRandomValues(new Uint8Array(32)));
      sessionStorage.setItem(VERIFIER_KEY, verifier);
      const query = new URLSearchParams({
        response_type: 'code',
        client_id: config.clientId,
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        code_challenge_method: 'S256',
        code_challenge: await challengeOf(verifier),
      });
      location.assign(`${config.domain}/oauth2/authorize?${query.toString()}`);
      return undefined;
    },
    signOut() {
      location.assign(`${config.domain}/logout?${new URLSearchParams({ client_id: config.clientId, logout_uri: redirectUri }).toString()}`);
    },
  };
}
