/**
 * POSTs one signed webhook. The host is resolved here and every address it resolves to is checked
 * (a name with one private address among public ones is refused); the connection then goes to the
 * checked address (pinned through `lookup`), so a second resolution cannot swap in another one.
 * Redirects are not followed, and only the status code of the answer is kept.
 */
import { lookup } from 'node:dns/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isAllowedAddress, refuseTargetUrl, type WebhookTargetPolicy } from './targetAddress';

export type SendOutcome = { statusCode: number; durationMs: number } | { error: 'blocked_address' | 'dns' | 'timeout' | 'network'; durationMs: number };

export interface WebhookPost {
  url: string;
  headers: Readonly<Record<string, string>>;
  body: string;
  policy: WebhookTargetPolicy;
  timeoutMs?: number;
}

export type WebhookSender = (post: WebhookPost) => Promise<SendOutcome>;

async function resolveAll(hostname: string): Promise<{ address: string; family: number }[]> {
  const host = hostname.replace(/^\[|\]$/g, '');
  return lookup(host, { all: true, verbatim: true });
}

export const sendWebhook: WebhookSender = async (post) => {
  const started = Date.now();
  const elapsed = () => Date.now() - started;
  if (refuseTargetUrl(post.url, post.policy)) return { error: 'blocked_address', durationMs: elapsed() };
  const url = new URL(post.url);
  let addresses: { address: string; family: number }[];
  try {
    addresses = await resolveAll(url.hostname);
  } catch {
    return { error: 'dns', durationMs: elapsed() };
  }
  if (addresses.length === 0 || addresses.some(({ address }) => !isAllowedAddress(address, post.policy))) return { error: 'blocked_address', durationMs: elapsed() };
  const pinned = addresses[0]!;
  const pinnedLookup: LookupFunction = (_host, options, callback) => {
    if (options.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
    else callback(null, pinned.address, pinned.family);
  };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<SendOutcome>((resolve) => {
    const request = send(
      url,
      {
        method: 'POST',
        lookup: pinnedLookup,
        headers: { 'content-type': 'application/json', 'user-agent': 'Casefile-Webhooks/1', 'content-length': Buffer.byteLength(post.body), ...post.headers },
        timeout: post.timeoutMs ?? 15_000,
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ statusCode: response.statusCode ?? 0, durationMs: elapsed() }));
        response.on('error', () => resolve({ statusCode: response.statusCode ?? 0, durationMs: elapsed() }));
      },
    );
    request.on('timeout', () => request.destroy(Object.assign(new Error('timeout'), { name: 'TimeoutError' })));
    request.on('error', (error) => resolve({ error: error.name === 'TimeoutError' ? 'timeout' : 'network', durationMs: elapsed() }));
    request.end(post.body);
  });
};
