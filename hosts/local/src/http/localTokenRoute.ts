/**
 * `POST /api/_local/token {"email"}`: the local stand-in for signing in through Cognito. It exists only
 * in the local gateway, never in the deployed API.
 */
import type { ServerResponse } from 'node:http';
import type { IdentityUser, TokenIssuer } from '@casefile/adapters';
import { sendJson, sendProblem } from './responses';

export const LOCAL_TOKEN_PATH = '/api/_local/token';

export interface UserLookup {
  findByEmail(email: string): Promise<IdentityUser | undefined>;
}

export async function answerLocalTokenRequest(res: ServerResponse, body: Buffer, issuer: TokenIssuer, users: UserLookup): Promise<void> {
  const email = parseEmail(body);
  if (!email) {
    sendProblem(res, 400, 'Bad Request', 'Send a JSON body like {"email":"owner@example.com"}.');
    return;
  }
  const user = await users.findByEmail(email);
  if (!user) {
    sendProblem(res, 404, 'Not Found', 'No local user has this email; the demo users are listed when npm start begins.');
    return;
  }
  if (!user.active) {
    sendProblem(res, 403, 'Forbidden', 'This user is disabled.');
    return;
  }
  const { token, claims } = await issuer.issue({ memberId: user.memberId, email: user.email, clinicId: user.clinicId, role: user.role });
  sendJson(res, 200, { token, claims }, { 'cache-control': 'no-store' });
}

function parseEmail(body: Buffer): string | undefined {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    const email = (parsed as { email?: unknown } | null)?.email;
    return typeof email === 'string' && email.includes('@') ? email : undefined;
  } catch {
    return undefined;
  }
}
