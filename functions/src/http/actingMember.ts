/**
 * The record authorizes: token claims say who is calling, the member record says whether they may
 * and with which role. Every staff request reads its acting member and clinic (two GetItems), cached
 * per warm function for MEMBER_CACHE_SECONDS (at most and by default 30), so a deactivation or a
 * change of role takes effect within that window.
 */
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { DomainError, isDomainError, type Role } from '@casefile/core';
import { createClinicRepositories } from '@casefile/db';
import type { Runtime } from '../runtime';
import { type CallerIdentity, readCallerIdentity } from './staffIdentity';

const MAX_CACHE_SECONDS = 30;
/** Bounds memory in a long-lived function that sees many members; the oldest entry goes first. */
const MAX_CACHED_MEMBERS = 1000;

/** What the record says about the caller; undefined when the clinic or the member does not exist. */
type Standing = { role: Role; active: boolean } | undefined;

const cache = new Map<string, { standing: Standing; readAt: number }>();

/** The caller of a staff route, with the role their member record has now; 401 when they may not act. */
export async function readActingMember(event: APIGatewayProxyEventV2WithJWTAuthorizer, runtime: Runtime): Promise<CallerIdentity> {
  assertIdTokenClaims(event.requestContext.authorizer?.jwt?.claims ?? {});
  const identity = readCallerIdentity(event);
  const standing = await cachedStanding(identity, runtime);
  if (!standing) throw unauthorized('This sign-in does not belong to a team member of this clinic.');
  if (!standing.active) throw unauthorized('Your account in this clinic is deactivated; ask an owner or a manager to reactivate it.');
  return { ...identity, role: standing.role };
}

/**
 * API Gateway's JWT authorizer accepts any token of the pool's app client, access tokens included,
 * and a token without `exp`; only an ID token carries the clinic and member, and every one expires.
 */
export function assertIdTokenClaims(claims: Readonly<Record<string, unknown>>): void {
  if (claims.token_use !== 'id') throw unauthorized('Sign in with an ID token to use this API.');
  if (!/^\d+$/.test(String(claims.exp ?? ''))) throw unauthorized('The token has no expiry; sign in again.');
}

async function cachedStanding(identity: CallerIdentity, runtime: Runtime): Promise<Standing> {
  const ttlMs = cacheSeconds() * 1000;
  const key = `${identity.clinicId}\n${identity.memberId}`;
  const now = Date.now();
  const cached = cache.get(key);
  // Measured against the window asked for now, so that shortening it takes effect at once.
  if (cached && now - cached.readAt < ttlMs) return cached.standing;
  const standing = await readStanding(identity, runtime);
  cache.delete(key);
  if (ttlMs > 0) {
    cache.set(key, { standing, readAt: now });
    if (cache.size > MAX_CACHED_MEMBERS) cache.delete(cache.keys().next().value as string);
  }
  return standing;
}

async function readStanding(identity: CallerIdentity, runtime: Runtime): Promise<Standing> {
  const repos = createClinicRepositories({
    service: runtime.service,
    clinicId: identity.clinicId,
    actor: identity.memberId,
    now: () => runtime.clock.now(),
    newId: runtime.newId,
  });
  const [clinic, member] = await Promise.all([orMissing(repos.clinic.get()), orMissing(repos.members.get(identity.memberId))]);
  if (!clinic || !member) return undefined;
  return { role: member.role, active: member.active };
}

async function orMissing<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if (isDomainError(error) && error.outcome === 'not_found') return undefined;
    throw error;
  }
}

function cacheSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.MEMBER_CACHE_SECONDS ?? MAX_CACHE_SECONDS);
  return Number.isFinite(asked) ? Math.min(Math.max(asked, 0), MAX_CACHE_SECONDS) : MAX_CACHE_SECONDS;
}

function unauthorized(message: string): DomainError {
  return new DomainError('unauthorized', message, { code: 'unauthorized' });
}
