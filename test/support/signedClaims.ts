/** Signs arbitrary claims with a local issuer's key file, as someone holding a valid signature would present them. */
import { readFile } from 'node:fs/promises';
import { importJWK, type JWK, SignJWT } from 'jose';

export async function signWithKeyFile(keyFile: string, claims: Record<string, unknown>): Promise<string> {
  const stored = JSON.parse(await readFile(keyFile, 'utf8')) as { kid: string; privateJwk: JWK };
  const key = await importJWK(stored.privateJwk, 'RS256');
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: stored.kid, typ: 'JWT' }).sign(key);
}
