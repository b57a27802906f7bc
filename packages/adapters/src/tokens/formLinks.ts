/**
 * Form links (SPEC K6): HS256 JWTs naming a clinic and a form request, expiring, signed with the same
 * public-link secret as manage links but for their own audience, so neither opens the other. A link
 * also carries its number (`lnk`): re-sending a form issues the next number, and the form request
 * stores the one number that still opens it. Links signed before numbering read as number 0.
 */
import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';

const AUDIENCE = 'casefile:form';
const ISSUER = 'casefile';

export interface FormLinkClaims {
  clinicId: string;
  formId: string;
  /** Which of the request's links this is (0 for the first). */
  linkSerial: number;
}

export interface FormLinks {
  sign(claims: FormLinkClaims, expiresAt: string): Promise<string>;
  /** The claims of a valid, unexpired link; undefined for anything else. */
  verify(token: string): Promise<FormLinkClaims | undefined>;
}

export function createFormLinks(secret: string, now: () => Date = () => new Date()): FormLinks {
  if (secret.length < 32) throw new Error('The public link secret must be at least 32 characters.');
  const key = new TextEncoder().encode(secret);
  return {
    sign: (claims, expiresAt) =>
      new SignJWT({ cid: claims.clinicId, lnk: claims.linkSerial })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(claims.formId)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt(Math.floor(now().getTime() / 1000))
        .setExpirationTime(Math.floor(Date.parse(expiresAt) / 1000))
        .sign(key),
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], currentDate: now() });
        if (typeof payload.cid !== 'string' || typeof payload.sub !== 'string') return undefined;
        const linkSerial = payload.lnk ?? 0;
        if (typeof linkSerial !== 'number' || !Number.isInteger(linkSerial)) return undefined;
        return { clinicId: payload.cid, formId: payload.sub, linkSerial };
      } catch (error) {
        if (error instanceof joseErrors.JOSEError) return undefined;
        throw error;
      }
    },
  };
}
