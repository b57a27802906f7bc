/** A feed's secret: 32 random bytes in the URL, only their SHA-256 in the table. */
import { createHash, randomBytes } from 'node:crypto';

export const newFeedSecret = (): string => randomBytes(32).toString('base64url');

export const hashFeedSecret = (secret: string): string => createHash('sha256').update(secret).digest('base64url');

/** The address a calendar app subscribes to; the one URL that carries a secret (calendar apps need one). */
export function feedUrl(secret: string, env: NodeJS.ProcessEnv = process.env): string {
  const site = (env.PUBLIC_SITE_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
  return `${site}/api/feeds/${secret}`;
}
