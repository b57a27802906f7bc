/**
 * The local stand-in for the Cognito user pool's token endpoint: signs ID-token-shaped JWTs (RS256)
 * with the claims Cognito gives, and verifies them the way API Gateway's JWT authorizer does, and a little stricter: only ID tokens, always
 * with an expiry (the handlers check the same for the deployed path).
 */
import { randomUUID } from 'node:crypto';
import { SignJWT, errors, calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, jwtVerify, type CryptoKey, type JWK } from 'jose';
import { readJsonFile, writeJsonFileAtomically } from '../localFiles/jsonFile';
import { LOCAL_TOKEN_AUDIENCE, LOCAL_TOKEN_ISSUER, type StaffTokenClaims, type TokenIssuer, type TokenVerifier } from './staffClaims';

const ALGORITHM = 'RS256';
const TOKEN_LIFETIME_SECONDS = 8 * 60 * 60;

export interface LocalTokenIssuerOptions {
  /** Where the signing key is kept between runs; without it the key lives in memory only. */
  keyFile?: string;
  issuer?: string;
  audience?: string;
  /** Epoch milliseconds; injectable for tests. */
  now?: () => number;
}

export interface LocalTokenIssuer extends TokenIssuer, TokenVerifier {
  readonly issuer: string;
  readonly audience: string;
}

interface KeyPair {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

interface StoredKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

export async function createLocalTokenIssuer(options: LocalTokenIssuerOptions = {}): Promise<LocalTokenIssuer> {
  const issuer = options.issuer ?? LOCAL_TOKEN_ISSUER;
  const audience = options.audience ?? LOCAL_TOKEN_AUDIENCE;
  const now = options.now ?? Date.now;
  const keys = options.keyFile ? await loadOrCreateKey(options.keyFile) : await importKey(await generateKey());

  return {
    issuer,
    audience,
    async issue(identity) {
      const issuedAt = Math.floor(now() / 1000);
      const claims: StaffTokenClaims = {
        sub: identity.memberId,
        email: identity.email,
        email_verified: true,
        'custom:clinicId': identity.clinicId,
        'custom:role': identity.role,
        'custom:memberId': identity.memberId,
        'cognito:username': identity.memberId,
        token_use: 'id',
        iss: issuer,
        aud: audience,
        auth_time: issuedAt,
        iat: issuedAt,
        exp: issuedAt + TOKEN_LIFETIME_SECONDS,
        jti: randomUUID(),
      };
      const token = await new SignJWT(claims).setProtectedHeader({ alg: ALGORITHM, kid: keys.kid, typ: 'JWT' }).sign(keys.privateKey);
      return { token, claims };
    },
    async verify(token) {
      const { payload } = await jwtVerify(token, keys.publicKey, {
        issuer,
        audience,
        algorithms: [ALGORITHM],
        currentDate: new Date(now()),
        requiredClaims: ['exp'],
      });
      // Only ID tokens carry the clinic, role and member claims; an access token of the same pool is no sign-in here.
      if (payload.token_use !== 'id') throw new errors.JWTClaimValidationFailed('The token is not an ID token.', payload, 'token_use', 'check_failed');
      return payload;
    },
  };
}

async function loadOrCreateKey(keyFile: string): Promise<KeyPair> {
  const stored = await readJsonFile<StoredKey | null>(keyFile, null);
  if (stored) return importKey(stored);
  const created = await generateKey();
  await writeJsonFileAtomically(keyFile, created);
  return importKey(created);
}

async function generateKey(): Promise<StoredKey> {
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  return { kid: await calculateJwkThumbprint(publicJwk), privateJwk: await exportJWK(privateKey), publicJwk };
}

async function importKey(stored: StoredKey): Promise<KeyPair> {
  return {
    kid: stored.kid,
    privateKey: (await importJWK(stored.privateJwk, ALGORITHM)) as CryptoKey,
    publicKey: (await importJWK(stored.publicJwk, ALGORITHM)) as CryptoKey,
  };
}
