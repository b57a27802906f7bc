/**
 * Checks a SigV4 presigned query request the way S3 does: the signature over the method, path, query
 * and every signed header (content-length and content-type included), and the expiry. s3rver leaves
 * SigV4 unchecked, so without this an upload larger than its presigned content-length would pass
 * locally and fail in AWS.
 */
import { createHash, createHmac } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { SourceData } from '@smithy/types';

export type SignatureCheck = { ok: true } | { ok: false; code: 'AccessDenied' | 'SignatureDoesNotMatch'; message: string };

/** node:crypto behind the checksum interface the signer expects (HMAC when given a secret). */
class NodeSha256 {
  private readonly hash;
  constructor(secret?: SourceData) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', toBytes(secret));
  }
  update(data: SourceData): void {
    this.hash.update(toBytes(data));
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
}

export async function checkPresignedRequest(request: IncomingMessage, credentials: { accessKeyId: string; secretAccessKey: string }, now: Date): Promise<SignatureCheck> {
  const url = new URL(request.url ?? '/', 'http://local');
  const query = url.searchParams;
  const signature = query.get('X-Amz-Signature');
  const amzDate = query.get('X-Amz-Date');
  const expires = Number(query.get('X-Amz-Expires'));
  const credential = query.get('X-Amz-Credential')?.split('/');
  const signedHeaders = query.get('X-Amz-SignedHeaders')?.split(';');
  if (!signature || !amzDate || !credential || credential.length !== 5 || !signedHeaders || !Number.isFinite(expires)) {
    return { ok: false, code: 'AccessDenied', message: 'Only presigned requests are accepted.' };
  }
  const signedAt = parseAmzDate(amzDate);
  if (now.getTime() > signedAt.getTime() + expires * 1000) return { ok: false, code: 'AccessDenied', message: 'Request has expired' };

  const [accessKeyId, , region, service] = credential;
  if (accessKeyId !== credentials.accessKeyId || !region || !service) return { ok: false, code: 'AccessDenied', message: 'Unknown access key.' };
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) {
    const value = request.headers[name];
    if (value === undefined) return { ok: false, code: 'SignatureDoesNotMatch', message: `The signed header ${name} is missing.` };
    headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const unsignedQuery: Record<string, string> = {};
  for (const [name, value] of query) if (!name.startsWith('X-Amz-')) unsignedQuery[name] = value;
  // The presigner signs the payload as UNSIGNED-PAYLOAD through this header, which it then hoists into the query under this very spelling.
  const payloadHash = query.get('X-Amz-Content-Sha256');
  if (payloadHash) headers['X-Amz-Content-Sha256'] = payloadHash;

  const signer = new SignatureV4({ credentials, region, service, sha256: NodeSha256, uriEscapePath: false, applyChecksum: false });
  const presigned = await signer.presign(
    { method: request.method ?? 'GET', protocol: 'http:', hostname: headers.host ?? '', path: url.pathname, query: unsignedQuery, headers },
    { signingDate: signedAt, expiresIn: expires, signableHeaders: new Set(signedHeaders) },
  );
  const expected = presigned.query?.['X-Amz-Signature'];
  if (expected !== signature) return { ok: false, code: 'SignatureDoesNotMatch', message: 'The request signature we calculated does not match the signature you provided.' };
  return { ok: true };
}

function toBytes(data: SourceData): string | Uint8Array {
  if (typeof data === 'string' || data instanceof Uint8Array) return data;
  return ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);
}

function parseAmzDate(value: string): Date {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match) return new Date(Number.NaN);
  const [, y, mo, d, h, mi, s] = match;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
}
