import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * The secret that signs manage links and keys email codes, kept in the data folder so links sent
 * before a restart still open after it (in AWS it lives in Secrets Manager). Created on first start.
 */
export async function ensurePublicLinkSecret(file: string, env: NodeJS.ProcessEnv): Promise<void> {
  if (env.PUBLIC_LINK_SECRET) return;
  let secret = await readFile(file, 'utf8').then((text) => text.trim(), () => '');
  if (secret.length < 32) {
    secret = randomBytes(32).toString('base64url');
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${secret}\n`, { mode: 0o600 });
  }
  env.PUBLIC_LINK_SECRET = secret;
}
