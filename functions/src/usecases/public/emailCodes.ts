import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { type Clinic, EMAIL_CODE_MINUTES, normalizeEmail } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { sendEmailCode } from './onlineMail';
import { enforceRateLimits, publicLinks, sourceAddress } from './publicClinicContext';

/**
 * Sends a one-time code to an address (SPEC O4). The answer is the same whether the clinic knows
 * the address or not, so the route cannot be used to find out who is a client; only a hash of the
 * address and of the code is stored, and a new code replaces the last.
 */
export async function issueEmailCode(repos: ClinicRepositories, runtime: Runtime, event: APIGatewayProxyEventV2, clinic: Clinic, email: string) {
  const links = await publicLinks(runtime);
  const emailKey = links.keyedHash('email', normalizeEmail(email));
  await enforceRateLimits(repos, runtime, [
    ['code:address', sourceAddress(event)],
    ['code:contact', emailKey],
  ]);
  const code = links.newEmailCode();
  const expiresAt = Math.floor(runtime.clock.now().getTime() / 1000) + EMAIL_CODE_MINUTES * 60;
  await repos.online.saveEmailCode(emailKey, links.keyedHash('code', `${emailKey}:${code}`), expiresAt);
  await sendEmailCode(runtime, repos, clinic, email, code);
  return { sent: true as const, expiresInMinutes: EMAIL_CODE_MINUTES };
}
