/**
 * The waitlist offer link in a form short enough for an SMS of two segments (SPEC A9, N1-N2): the
 * three ULIDs and the expiry packed as bytes, with a 128-bit HMAC-SHA256 tag under its own purpose
 * (so no other signed value can pass for it), base64url: 92 characters where a JWT took over 300.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const VERSION = 1;
const PURPOSE = 'casefile:waitlist-offer\n';
const ID_BYTES = 16;
const TAG_BYTES = 16;
const BODY_BYTES = 1 + 3 * ID_BYTES + 4;

export interface CompactOfferClaims {
  clinicId: string;
  openingId: string;
  entryId: string;
}

function ulidToBytes(ulid: string): Buffer {
  if (!/^[0-7][0-9A-HJKMNP-TV-Z]{25}$/.test(ulid)) throw new Error('An offer link names ULIDs only.');
  let value = 0n;
  for (const char of ulid) value = (value << 5n) | BigInt(CROCKFORD.indexOf(char));
  return Buffer.from(value.toString(16).padStart(ID_BYTES * 2, '0'), 'hex');
}

function bytesToUlid(bytes: Buffer): string {
  let value = BigInt(`0x${bytes.toString('hex')}`);
  let ulid = '';
  for (let index = 0; index < 26; index++) {
    ulid = CROCKFORD[Number(value & 31n)]! + ulid;
    value >>= 5n;
  }
  return ulid;
}

const tagOf = (key: Uint8Array, body: Buffer) => createHmac('sha256', key).update(PURPOSE).update(body).digest().subarray(0, TAG_BYTES);

export function signCompactOfferLink(key: Uint8Array, claims: CompactOfferClaims, expiresAt: string): string {
  const expiry = Buffer.alloc(4);
  expiry.writeUInt32BE(Math.floor(Date.parse(expiresAt) / 1000));
  const body = Buffer.concat([Buffer.from([VERSION]), ulidToBytes(claims.clinicId), ulidToBytes(claims.openingId), ulidToBytes(claims.entryId), expiry]);
  return Buffer.concat([body, tagOf(key, body)]).toString('base64url');
}

/** The claims of an untampered, unexpired link; undefined for anything else. */
export function verifyCompactOfferLink(key: Uint8Array, token: string, now: Date): CompactOfferClaims | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) return undefined;
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.length !== BODY_BYTES + TAG_BYTES || bytes[0] !== VERSION) return undefined;
  const body = bytes.subarray(0, BODY_BYTES);
  if (!timingSafeEqual(bytes.subarray(BODY_BYTES), tagOf(key, body))) return undefined;
  if (body.readUInt32BE(BODY_BYTES - 4) * 1000 <= now.getTime()) return undefined;
  const id = (index: number) => bytesToUlid(body.subarray(1 + index * ID_BYTES, 1 + (index + 1) * ID_BYTES));
  return { clinicId: id(0), openingId: id(1), entryId: id(2) };
}
