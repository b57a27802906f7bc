/**
 * What the public booking routes sign and hash with one clinic-independent secret: manage links
 * (HS256 JWTs naming a clinic and an appointment, expiring), waitlist offer links (compact, for SMS), one-time email codes, and the keys that
 * stand for an email address in rate limits and code records (HMACs, so the table holds no address).
 */
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import { signCompactOfferLink, verifyCompactOfferLink } from './compactOfferLink';

const AUDIENCE = 'casefile:manage-booking';
const ISSUER = 'casefile';

export interface ManageLinkClaims {
  clinicId: string;
  appointmentId: string;
}

export interface OfferLinkClaims {
  clinicId: string;
  openingId: string;
  entryId: string;
}

export interface PublicLinks {
  signOfferLink(claims: OfferLinkClaims, expiresAt: string): Promise<string>;
  /** The claims of a valid, unexpired offer link; undefined for anything else. */
  verifyOfferLink(token: string): Promise<OfferLinkClaims | undefined>;
  signManageLink(claims: ManageLinkClaims, expiresAt: string): Promise<string>;
  /** The claims of a valid, unexpired link; undefined for anything else. */
  verifyManageLink(token: string): Promise<ManageLinkClaims | undefined>;
  /** A six-digit code, uniformly drawn. */
  newEmailCode(): string;
  /** A keyed hash standing for a value (an email, a code) in stored items. */
  keyedHash(purpose: string, value: string): string;
  sameHash(a: string, b: string): boolean;
}

export function createPublicLinks(secret: string, now: () => Date = () => new Date()): PublicLinks {
  if (secret.length < 32) throw new Error('The public link secret must be at least 32 characters.');
  const key = new TextEncoder().encode(secret);
  return {
    async signManageLink(claims, expiresAt) {
      return new SignJWT({ cid: claims.clinicId })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(claims.appointmentId)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt(Math.floor(now().getTime() / 1000))
        .setExpirationTime(Math.floor(Date.parse(expiresAt) / 1000))
        .sign(key);
    },
    async verifyManageLink(token) {
      try {
        const { payload } = await jwtVerify(token, key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], currentDate: now() });
        if (typeof payload.cid !== 'string' || typeof payload.sub !== 'string') return undefined;
        return { clinicId: payload.cid, appointmentId: payload.sub };
      } catch (error) {
        if (error instanceof joseErrors.JOSEError) return undefined;
        throw error;
      }
    },
    // Short enough for an SMS (see compactOfferLink.ts); mail carries the same link.
    signOfferLink: async (claims, expiresAt) => signCompactOfferLink(key, claims, expiresAt),
    verifyOfferLink: async (token) => verifyCompactOfferLink(key, token, now()),
    newEmailCode: () => String(randomInt(0, 1_000_000)).padStart(6, '0'),
    keyedHash: (purpose, value) => createHmac('sha256', key).update(`${purpose}\n${value}`).digest('base64url'),
    sameHash: (a, b) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b)),
  };
}
