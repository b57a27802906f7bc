/**
 * The local stand-in for API Gateway: dispatches the route table to the in-process handlers with
 * payload-2.0 events, verifies staff tokens like the JWT authorizer, and serves the web apps.
 * Logs carry the route key, status and timing only: never paths, queries or bodies (personal data).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Context } from 'aws-lambda';
import type { TokenIssuer, TokenVerifier } from '@casefile/adapters';
import { apiHandlers, type ApiHandler } from '@casefile/functions/handlers';
import { ROUTES, routeKey, type RouteDefinition } from '@casefile/functions/routes';
import { createLambdaContext } from './lambdaContext';
import { answerClientError } from './http/clientErrors';
import { closeServer } from './http/closeServer';
import { buildHttpApiEvent, toAuthorizerClaims } from './http/httpApiEvent';
import { LOCAL_TOKEN_PATH, answerLocalTokenRequest, type UserLookup } from './http/localTokenRoute';
import { readBody } from './http/readBody';
import { sendJson, sendProblem, writeLambdaResult } from './http/responses';
import { createRouteMatcher } from './http/routeMatcher';
import { serveStatic, type StaticMount } from './http/staticFiles';
import { answerSmsReply, answerSmsViewer, SMS_REPLY_PATH, SMS_VIEWER_PATH } from './sms/smsViewer';

export interface GatewayOptions {
  port: number;
  host?: string;
  tokenVerifier: TokenVerifier;
  /** With identityDirectory, enables the local-only `POST /api/_local/token`. */
  tokenIssuer?: TokenIssuer;
  identityDirectory?: UserLookup;
  staticDirs?: readonly StaticMount[];
  mailViewerUrl?: string;
  /** Enables the local SMS viewer (`/_local/sms`) and the local-only reply route over this outbox file. */
  smsOutboxFile?: string;
  /** Defaults to every function in functions/src/handlers.ts; tests inject fakes. */
  handlers?: Partial<Record<string, ApiHandler>>;
  routes?: readonly RouteDefinition[];
  bodyLimitBytes?: number;
  /** API Gateway's integration timeout for HTTP APIs. */
  timeoutMs?: number;
  log?: (line: string) => void;
}

export interface Gateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const DEFAULT_BODY_LIMIT = 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 30_000;

export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const host = options.host ?? '127.0.0.1';
  const dispatch = createDispatcher(options);
  const server = createServer((req, res) => {
    dispatch(req, res).catch((error: unknown) => {
      options.log?.(`gateway failed: ${(error as Error).name}`);
      if (!res.headersSent) sendJson(res, 500, { message: 'Internal Server Error' });
      else res.destroy();
    });
  });
  server.on('clientError', answerClientError);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    port,
    stop: () => closeServer(server),
  };
}

function createDispatcher(options: GatewayOptions) {
  const matchRoute = createRouteMatcher(options.routes ?? ROUTES);
  const handlers = options.handlers ?? apiHandlers;
  const bodyLimit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const log = options.log ?? (() => undefined);

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = Date.now();
    const method = req.method ?? 'GET';
    const rawPath = (req.url ?? '/').split('?')[0] ?? '/';

    if (method === 'GET' && rawPath === SMS_VIEWER_PATH && options.smsOutboxFile) {
      await answerSmsViewer(res, options.smsOutboxFile);
      return;
    }
    if (!rawPath.startsWith('/api/')) {
      const mounts = options.staticDirs ?? [];
      const apiBase = `http://${req.headers.host ?? '127.0.0.1'}/api/`;
      const links = { apiBase, ...(options.mailViewerUrl ? { mailViewerUrl: options.mailViewerUrl } : {}) };
      if (!(await serveStatic(req, res, mounts, links))) sendJson(res, 404, { message: 'Not Found' });
      return;
    }

    const body = await readBody(req, bodyLimit);
    if (body === undefined) {
      sendJson(res, 413, { message: 'Request Entity Too Large' }, { connection: 'close' });
      return;
    }

    if (method === 'POST' && rawPath === LOCAL_TOKEN_PATH && options.tokenIssuer && options.identityDirectory) {
      await answerLocalTokenRequest(res, body, options.tokenIssuer, options.identityDirectory);
      log(`POST ${LOCAL_TOKEN_PATH} ${res.statusCode} ${Date.now() - started}ms`);
      return;
    }

    if (method === 'POST' && rawPath === SMS_REPLY_PATH && options.smsOutboxFile) {
      await answerSmsReply(res, body, options.smsOutboxFile);
      log(`POST ${SMS_REPLY_PATH} ${res.statusCode} ${Date.now() - started}ms`);
      return;
    }

    const match = matchRoute(method, rawPath);
    if (!match) {
      sendJson(res, 404, { message: 'Not Found' });
      log(`${method} (no route) 404`);
      return;
    }
    const key = routeKey(match.route);
    let claims: Record<string, string> | undefined;
    if (match.route.auth === 'staff') {
      claims = await verifyBearer(req.headers.authorization, options.tokenVerifier);
      if (!claims) {
        sendJson(res, 401, { message: 'Unauthorized' }, { 'www-authenticate': 'Bearer' });
        log(`${key} 401`);
        return;
      }
    }
    const handler = handlers[match.route.fn];
    if (!handler) {
      sendProblem(res, 501, 'Not Implemented', `The ${match.route.fn} function is not available locally yet.`);
      log(`${key} 501`);
      return;
    }

    const requestId = randomUUID();
    const event = buildHttpApiEvent(
      {
        method,
        url: req.url ?? '/',
        rawHeaders: req.rawHeaders,
        body,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        localPort: req.socket.localPort ?? 0,
        protocol: `HTTP/${req.httpVersion}`,
        requestId,
        timeEpoch: started,
      },
      match,
      claims,
    );
    const outcome = await invokeWithTimeout(handler, event, createLambdaContext(match.route.fn, timeoutMs, requestId), timeoutMs);
    if (outcome.kind === 'result') {
      writeLambdaResult(res, outcome.result);
    } else if (outcome.kind === 'timeout') {
      sendJson(res, 503, { message: 'Service Unavailable' });
    } else {
      log(`${key} handler threw ${outcome.errorName}`);
      sendJson(res, 500, { message: 'Internal Server Error' });
    }
    log(`${key} ${res.statusCode} ${Date.now() - started}ms`);
  };
}

/** Like the JWT authorizer: `Authorization: Bearer <jwt>` (the prefix is optional), else no claims. */
async function verifyBearer(header: string | undefined, verifier: TokenVerifier): Promise<Record<string, string> | undefined> {
  const token = header?.replace(/^Bearer\s+/i, '').trim();
  if (!token) return undefined;
  try {
    return toAuthorizerClaims(await verifier.verify(token));
  } catch {
    return undefined;
  }
}

type Invocation =
  | { kind: 'result'; result: Awaited<ReturnType<ApiHandler>> }
  | { kind: 'timeout' }
  | { kind: 'error'; errorName: string };

async function invokeWithTimeout(handler: ApiHandler, event: Parameters<ApiHandler>[0], context: Context, timeoutMs: number): Promise<Invocation> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Invocation>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timeout' }), timeoutMs);
  });
  const invocation = Promise.resolve()
    .then(() => handler(event, context))
    .then(
      (result): Invocation => ({ kind: 'result', result }),
      (error: unknown): Invocation => ({ kind: 'error', errorName: error instanceof Error ? error.name : typeof error }),
    );
  try {
    return await Promise.race([invocation, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
