/**
 * The local twin of S3 for documents: s3rver (data under the given folder) behind a small proxy that
 * checks presigned requests as S3 does (see presignedSignature.ts). Handlers reach it through
 * `S3_ENDPOINT` with path-style addressing; browsers upload and download through its presigned URLs.
 */
import { createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdir } from 'node:fs/promises';
import S3rver from 's3rver';
import { closeServer } from '../http/closeServer';
import { assertPortFree } from '../ports';
import { checkPresignedRequest } from './presignedSignature';

/** s3rver's built-in account; any SDK client pointed here signs with it. */
export const LOCAL_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

export interface S3Local {
  /** The endpoint (`S3_ENDPOINT`) for SDK clients and presigned URLs. */
  url: string;
  bucket: string;
  stop(): Promise<void>;
}

export interface S3LocalOptions {
  port: number;
  host?: string;
  directory: string;
  bucket: string;
  /** Origins the browser may upload from and download to (the console), as the bucket's CORS rule. */
  allowedOrigins: readonly string[];
  now?: () => Date;
}

export async function startS3Local(options: S3LocalOptions): Promise<S3Local> {
  const host = options.host ?? '127.0.0.1';
  if (options.port !== 0) await assertPortFree(options.port, host, 'the local S3 server', 'S3_PORT');
  await mkdir(options.directory, { recursive: true });
  const s3rver = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: options.directory,
    configureBuckets: [{ name: options.bucket, configs: [corsConfiguration(options.allowedOrigins)] }],
  });
  const inner = await s3rver.run();
  const now = options.now ?? (() => new Date());

  const proxy = createServer((request, response) => {
    void handle(request, response).catch(() => {
      if (!response.headersSent) sendError(response, 500, 'InternalError', 'The local S3 proxy failed.');
      else response.destroy();
    });
  });
  const allowedOrigin = (request: IncomingMessage) => {
    const origin = request.headers.origin;
    return origin && options.allowedOrigins.includes(origin) ? origin : undefined;
  };
  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // A CORS preflight carries the URL but none of the signed headers; S3 answers it from the CORS rule alone.
    const isPresigned = request.method !== 'OPTIONS' && (request.url ?? '').includes('X-Amz-Signature=');
    if (isPresigned) {
      const check = await checkPresignedRequest(request, LOCAL_S3_CREDENTIALS, now());
      if (!check.ok) {
        request.resume();
        sendError(response, 403, check.code, check.message, allowedOrigin(request));
        return;
      }
    } else if (request.method !== 'OPTIONS' && !request.headers.authorization) {
      request.resume();
      sendError(response, 403, 'AccessDenied', 'Access Denied', allowedOrigin(request));
      return;
    }
    const upstream = forward({ host: '127.0.0.1', port: inner.port, method: request.method, path: request.url, headers: request.headers }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    upstream.on('error', () => sendError(response, 502, 'InternalError', 'The local S3 server did not answer.'));
    request.pipe(upstream);
  }

  await new Promise<void>((resolve) => proxy.listen(options.port, host, resolve));
  const address = proxy.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host}:${port}`,
    bucket: options.bucket,
    async stop() {
      await closeServer(proxy);
      await s3rver.close();
    },
  };
}

function corsConfiguration(origins: readonly string[]): string {
  const allowed = origins.map((origin) => `<AllowedOrigin>${origin}</AllowedOrigin>`).join('');
  return `<CORSConfiguration><CORSRule>${allowed}<AllowedMethod>PUT</AllowedMethod><AllowedMethod>GET</AllowedMethod><AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>600</MaxAgeSeconds></CORSRule></CORSConfiguration>`;
}

function sendError(response: ServerResponse, status: number, code: string, message: string, origin?: string): void {
  const headers: Record<string, string> = { 'content-type': 'application/xml' };
  // A refused browser upload must still be readable as a refusal, not as a CORS failure.
  if (origin) headers['access-control-allow-origin'] = origin;
  response.writeHead(status, headers);
  response.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`);
}
