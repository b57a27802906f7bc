/**
 * Secret rotation (Standard Webhooks): the new secret signs from now on, and the one it replaces keeps
 * signing beside it for an overlap, so a receiver that still checks the old secret keeps accepting
 * deliveries until it has switched. Receivers accept a message when any one signature matches.
 */
import { WEBHOOK_SECRET_OVERLAP_SECONDS } from './webhookRetry';

export interface SigningSecret {
  secret: string;
  /** Absent on the current secret; set on a replaced one. */
  validUntil?: string;
}

/** The secrets that sign at `nowMs`: the current one first, then replaced ones still in their overlap. */
export function activeSecrets(secrets: readonly SigningSecret[], nowMs: number): SigningSecret[] {
  return secrets.filter((secret) => secret.validUntil === undefined || Date.parse(secret.validUntil) > nowMs);
}

/** The secrets after `fresh` replaces the current one at `nowMs`; expired ones are dropped. */
export function rotatedSecrets(secrets: readonly SigningSecret[], fresh: string, nowMs: number): { secrets: SigningSecret[]; previousValidUntil?: string } {
  const until = new Date(nowMs + WEBHOOK_SECRET_OVERLAP_SECONDS * 1000).toISOString();
  const kept = activeSecrets(secrets, nowMs).map((secret) => (secret.validUntil ? secret : { ...secret, validUntil: until }));
  return { secrets: [{ secret: fresh }, ...kept], ...(kept.length > 0 ? { previousValidUntil: until } : {}) };
}
