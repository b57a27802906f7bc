import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeProtectedHeader, importJWK, type JWK, SignJWT } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCAL_TOKEN_AUDIENCE, LOCAL_TOKEN_ISSUER, createLocalTokenIssuer, type StaffIdentity } from '../src';

const owner: StaffIdentity = { memberId: '01MEMBER', email: 'owner@riverside.demo', clinicId: '01CLINIC', role: 'owner' };

describe('local token issuer', () => {
  const folders: string[] = [];
  afterEach(async () => {
    for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
  });

  it('signs Cognito-shaped ID tokens that it verifies back to the same claims', async () => {
    const issuer = await createLocalTokenIssuer({ now: () => Date.parse('2026-03-01T12:00:00Z') });

    const { token, claims } = await issuer.issue(owner);
    const verified = await issuer.verify(token);

    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'RS256', typ: 'JWT' });
    expect(verified).toEqual(claims);
    expect(claims).toMatchObject({
      sub: '01MEMBER',
      email: 'owner@riverside.demo',
      'custom:clinicId': '01CLINIC',
      'custom:role': 'owner',
      'custom:memberId': '01MEMBER',
      token_use: 'id',
      iss: LOCAL_TOKEN_ISSUER,
      aud: LOCAL_TOKEN_AUDIENCE,
      auth_time: 1772366400,
      iat: 1772366400,
      exp: 1772366400 + 8 * 3600,
    });
  });

  it.each([
    ['a changed payload', (token: string) => tamperPayload(token, (claims) => ({ ...claims, 'custom:role': 'owner', 'custom:clinicId': '01OTHER' }))],
    ['a changed signature', (token: string) => `${token.slice(0, -4)}${token.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`],
    ['no signature', (token: string) => token.split('.').slice(0, 2).join('.') + '.'],
    ['alg none', (token: string) => `${b64({ alg: 'none', typ: 'JWT' })}.${token.split('.')[1]}.`],
  ])('rejects a token with %s', async (_case, tamper) => {
    const issuer = await createLocalTokenIssuer();
    const { token } = await issuer.issue(owner);

    await expect(issuer.verify(tamper(token))).rejects.toThrow();
  });

  it('rejects tokens of another issuer, another audience, or past their expiry', async () => {
    let now = Date.parse('2026-03-01T12:00:00Z');
    const issuer = await createLocalTokenIssuer({ now: () => now });
    const stranger = await createLocalTokenIssuer({ issuer: 'someone-else' });
    const otherAudience = await createLocalTokenIssuer({ audience: 'another-client' });
    const { token } = await issuer.issue(owner);

    await expect(issuer.verify((await stranger.issue(owner)).token)).rejects.toThrow();
    await expect(issuer.verify((await otherAudience.issue(owner)).token)).rejects.toThrow();
    now += 8 * 3600 * 1000 + 1000;
    await expect(issuer.verify(token)).rejects.toThrow(/exp/);
  });

  it.each([
    ['an access token', (claims: Record<string, unknown>) => ({ ...claims, token_use: 'access' })],
    ['no token_use', ({ token_use: _use, ...claims }: Record<string, unknown>) => claims],
    ['no expiry', ({ exp: _exp, ...claims }: Record<string, unknown>) => claims],
  ])('rejects a correctly signed token with %s', async (_case, change) => {
    const folder = await mkdtemp(join(tmpdir(), 'issuer-'));
    folders.push(folder);
    const keyFile = join(folder, 'key.json');
    const issuer = await createLocalTokenIssuer({ keyFile });
    const { claims } = await issuer.issue(owner);

    const token = await signWithKeyFile(keyFile, change(claims));

    await expect(issuer.verify(token)).rejects.toThrow();
    await expect(issuer.verify(await signWithKeyFile(keyFile, claims))).resolves.toMatchObject({ sub: '01MEMBER' });
  });

  it('keeps its key in the given file, so tokens survive a restart', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'issuer-'));
    folders.push(folder);
    const keyFile = join(folder, 'nested', 'key.json');
    const first = await createLocalTokenIssuer({ keyFile });
    const { token } = await first.issue(owner);

    const second = await createLocalTokenIssuer({ keyFile });

    await expect(second.verify(token)).resolves.toMatchObject({ sub: '01MEMBER' });
    expect(JSON.parse(await readFile(keyFile, 'utf8'))).toHaveProperty('privateJwk.d');
  });
});

/** Signs any claims with the issuer's own key, as an attacker holding a valid signature would present them. */
async function signWithKeyFile(keyFile: string, claims: Record<string, unknown>): Promise<string> {
  const stored = JSON.parse(await readFile(keyFile, 'utf8')) as { kid: string; privateJwk: JWK };
  const key = await importJWK(stored.privateJwk, 'RS256');
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: stored.kid, typ: 'JWT' }).sign(key);
}

function b64(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function tamperPayload(token: string, change: (claims: Record<string, unknown>) => Record<string, unknown>): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  return `${header}.${b64(change(claims))}.${signature}`;
}
