/** How many people one opening is offered to at once and for how long; the deployment may tune both. */
import { DEFAULT_OFFER_BATCH_SIZE, DEFAULT_OFFER_MINUTES } from '@casefile/core';

export interface WaitlistSettings {
  batchSize: number;
  offerMinutes: number;
}

export function waitlistSettings(env: NodeJS.ProcessEnv = process.env): WaitlistSettings {
  const positive = (value: string | undefined, fallback: number) => (value && Number.isInteger(Number(value)) && Number(value) > 0 ? Number(value) : fallback);
  return { batchSize: positive(env.WAITLIST_OFFER_BATCH_SIZE, DEFAULT_OFFER_BATCH_SIZE), offerMinutes: positive(env.WAITLIST_OFFER_MINUTES, DEFAULT_OFFER_MINUTES) };
}

/** Where the booking pages are served; offer links open `/book/offer` there with the token after `#`. */
export function offerUrl(token: string, env: NodeJS.ProcessEnv = process.env): string {
  const site = (env.PUBLIC_SITE_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
  return `${site}/book/offer#${token}`;
}
