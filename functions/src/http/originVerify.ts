/**
 * The API answers only requests that came through CloudFront: CloudFront adds a secret header on its
 * way to the API origin, and the handler pipeline checks it before anything else, so the
 * `execute-api` endpoint called directly gets 403. Where no secret is configured (the local runtime,
 * tests) there is nothing to check.
 */
import { timingSafeEqual } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { MISMATCH_REFRESH_MS, readOriginVerifyValues } from '@casefile/adapters/tokens/originVerifySecret';
import { DomainError } from '@casefile/core';

export const ORIGIN_VERIFY_HEADER = 'x-origin-verify';
/** Set by CloudFront's viewer-request function on `/api/*` from the viewer's own address. */
export const VIEWER_ADDRESS_HEADER = 'x-viewer-address';

/** Events whose origin header was checked and matched. */
const verified = new WeakSet<object>();

/** Reads the accepted values; `afterMismatch` asks for values at most 30 s old (a rotation may have just happened). */
type ReadValues = (afterMismatch: boolean) => Promise<string[] | undefined>;
const readFromSecret: ReadValues = (afterMismatch) => readOriginVerifyValues(process.env, Date.now(), afterMismatch ? MISMATCH_REFRESH_MS : undefined);

/** Throws 403 unless the request carries the origin secret; does nothing where none is configured. */
export async function verifyOrigin(event: APIGatewayProxyEventV2, readValues: ReadValues = readFromSecret): Promise<void> {
  const expected = await readValues(false);
  if (expected === undefined) return;
  const given = Buffer.from(event.headers?.[ORIGIN_VERIFY_HEADER] ?? '');
  const matchesOne = (values: string[]) =>
    values.some((value) => {
      const wanted = Buffer.from(value);
      return wanted.length === given.length && timingSafeEqual(wanted, given);
    });
  const matches = matchesOne(expected) || (given.length > 0 && matchesOne((await readValues(true)) ?? []));
  if (!matches) throw new DomainError('forbidden', 'Call the API through its web address, not the API Gateway endpoint.', { code: 'forbidden' });
  verified.add(event);
}

/**
 * The client's address for per-address limits. Behind CloudFront, API Gateway's `sourceIp` is a
 * CloudFront edge, so the address comes from the header CloudFront's function writes; that header is
 * trusted only on a request whose origin was verified (a direct caller could write it themselves).
 */
export function clientAddress(event: APIGatewayProxyEventV2): string {
  const viewer = verified.has(event) ? event.headers?.[VIEWER_ADDRESS_HEADER] : undefined;
  return viewer || event.requestContext?.http?.sourceIp || 'unknown';
}
