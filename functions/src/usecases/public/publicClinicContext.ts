/**
 * What every public route starts from: the clinic its slug names (404 otherwise, the same as for a
 * missing clinic), that clinic's repositories acting as "online", the public-link secret's tools,
 * and the rate limits of SPEC O5.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { createPublicLinks, type PublicLinks } from '@casefile/adapters/tokens/publicLinks';
import { readPublicLinkSecret } from '@casefile/adapters/tokens/publicLinkSecret';
import { NotFoundError, PUBLIC_RATE_LIMITS, type PublicRateLimitName, rateWindow, TooManyRequestsError } from '@casefile/core';
import { type ClinicRepositories, clinicIdForSlug, createClinicRepositories } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { clientAddress } from '../../http/originVerify';

/** Writes made through the public routes are attributed to this actor in audit trails. */
export const ONLINE_ACTOR = 'online';

let links: Promise<PublicLinks> | undefined;

/** The public-link tools, built once per container from the configured secret. */
export function publicLinks(runtime: Runtime): Promise<PublicLinks> {
  links ??= readPublicLinkSecret().then((secret) => createPublicLinks(secret, () => runtime.clock.now()));
  return links.catch((error) => {
    links = undefined;
    throw error;
  });
}

export function clinicRepositories(runtime: Runtime, clinicId: string): ClinicRepositories {
  return createClinicRepositories({ service: runtime.service, clinicId, actor: ONLINE_ACTOR, now: () => runtime.clock.now(), newId: runtime.newId });
}

export async function repositoriesForSlug(runtime: Runtime, slug: string): Promise<ClinicRepositories> {
  const clinicId = await clinicIdForSlug(runtime.service, slug);
  if (!clinicId) throw new NotFoundError('Clinic');
  return clinicRepositories(runtime, clinicId);
}

/** The caller's network address: CloudFront's viewer address behind a verified origin, else API Gateway's source. */
export function sourceAddress(event: APIGatewayProxyEventV2): string {
  return clientAddress(event);
}

/** Counts this request against each named limit for its subject; the first one exceeded answers 429 with Retry-After. */
export async function enforceRateLimits(repos: ClinicRepositories, runtime: Runtime, checks: readonly [PublicRateLimitName, string][]): Promise<void> {
  const nowSeconds = Math.floor(runtime.clock.now().getTime() / 1000);
  for (const [name, subject] of checks) {
    const limit = PUBLIC_RATE_LIMITS[name];
    const window = rateWindow(limit, nowSeconds);
    const count = await repos.online.countRequest(name, subject, window.windowStart, limit.windowSeconds);
    if (count > limit.max) throw new TooManyRequestsError('Too many requests; please wait a little and try again.', window.retryAfterSeconds);
  }
}
