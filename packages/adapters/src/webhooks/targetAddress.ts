/**
 * Where a webhook may be delivered (SSRF). In AWS only public unicast addresses: never private,
 * loopback, link-local (the instance metadata address among them), carrier-grade NAT, multicast or
 * reserved ranges, in IPv4 or IPv6 (an IPv4-mapped IPv6 address is judged as the IPv4 it carries).
 * Locally a loopback receiver is allowed, for tests and for trying the feature on one machine.
 */
import ipaddr from 'ipaddr.js';

export type WebhookTargetPolicy = 'public-only' | 'loopback-allowed';

/** The policy of this process: loopback only where the local host says so. */
export function webhookTargetPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): WebhookTargetPolicy {
  return env.WEBHOOK_ALLOW_LOOPBACK === 'true' ? 'loopback-allowed' : 'public-only';
}

export function isAllowedAddress(address: string, policy: WebhookTargetPolicy): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  const range = parsed.range();
  if (range === 'unicast') return true;
  return policy === 'loopback-allowed' && range === 'loopback';
}

export type TargetRefusal = 'scheme' | 'blocked_address';

/**
 * What can be said of a URL before any DNS lookup: its scheme (HTTPS only where private targets are
 * refused) and, when its host is an IP literal or `localhost`, whether that address is allowed. A
 * host name is checked again, address by address, at every delivery.
 */
export function refuseTargetUrl(url: string, policy: WebhookTargetPolicy): TargetRefusal | undefined {
  const parsed = new URL(url);
  if (policy === 'public-only' && parsed.protocol !== 'https:') return 'scheme';
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return policy === 'loopback-allowed' ? undefined : 'blocked_address';
  if (ipaddr.isValid(host) && !isAllowedAddress(host, policy)) return 'blocked_address';
  return undefined;
}
