/** Sign-in against the local runtime's token issuer (`POST /api/_local/token`), which exists only locally. */
import { problemToError } from '../api/apiError';
import type { AuthMethod } from './authMethod';
import { sessionFromToken } from './session';

export function localAuth(): AuthMethod {
  return {
    kind: 'local',
    completeRedirect: async () => undefined,
    async signIn(email) {
      const response = await fetch('/api/_local/token', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ email }),
      });
      const body = (await response.json().catch(() => undefined)) as { token?: string } | undefined;
      if (!response.ok || !body?.token) throw problemToError(response.status, body);
      return sessionFromToken(body.token);
    },
    signOut: () => undefined,
  };
}
