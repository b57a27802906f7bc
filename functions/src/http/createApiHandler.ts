import middy from '@middy/core';
import { createHash } from 'node:crypto';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { DomainError, ForbiddenError, isAllowed, isDomainError } from '@casefile/core';
import { type ClinicRepositories, createClinicRepositories, type StoredResponse } from '@casefile/db';
import { type ApiFunctionName, type RouteDefinition, ROUTES, routeKey } from '../routes';
import { runtime, type Runtime } from '../runtime';
import { parseInput } from './parseInput';
import { BinaryBody } from './binaryBody';
import { domainErrorResponse, problemResponse } from './problem';
import type { CallerIdentity } from './staffIdentity';
import { readActingMember } from './actingMember';

export interface OperationInput<P = unknown, Q = unknown, B = unknown> {
  params: P;
  query: Q;
  body: B;
  route: RouteDefinition;
  /** Set on staff routes. */
  caller: CallerIdentity;
  /** Bound to the caller's clinic; set on staff routes. */
  repos: ClinicRepositories;
  runtime: Runtime;
  event: APIGatewayProxyEventV2WithJWTAuthorizer;
}

/** An operation returns the response body; the status comes from the route table. */
export type Operation = (input: OperationInput<never, never, never>) => Promise<unknown>;

/**
 * One Lambda handler for one area: looks the route up by API Gateway's routeKey, then
 * authenticate -> authorize -> validate -> (idempotency) -> operation -> JSON or problem document.
 */
export function createApiHandler(fn: ApiFunctionName, operations: Readonly<Record<string, Operation>>) {
  const routes = new Map(ROUTES.filter((route) => route.fn === fn).map((route) => [routeKey(route), route]));
  for (const route of routes.values()) {
    if (!operations[route.operationId]) throw new Error(`Route ${routeKey(route)} has no operation ${route.operationId}.`);
  }

  const handle = async (event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context): Promise<APIGatewayProxyStructuredResultV2> => {
    const started = Date.now();
    const requestId = event.requestContext?.requestId ?? context.awsRequestId;
    const route = routes.get(event.routeKey);
    let caller: CallerIdentity | undefined;
    let response: APIGatewayProxyStructuredResultV2;
    try {
      if (!route) throw new DomainError('not_found', 'No such route.', { code: 'not_found' });
      caller = route.auth === 'staff' ? await readActingMember(event, runtime()) : undefined;
      if (route.auth === 'staff' && caller && !isAllowed(caller.role, route.action)) throw new ForbiddenError();
      const input = parseInput(route, event);
      const rt = runtime();
      const repos = caller ? repositoriesFor(caller, rt) : noClinicRepositories;
      const run = async (): Promise<StoredResponse> => {
        const operation = operations[route.operationId] as (input: OperationInput) => Promise<unknown>;
        const body = await operation({ ...input, route, caller: caller as CallerIdentity, repos, runtime: rt, event });
        return jsonResponse(route.status ?? 200, body);
      };
      response = caller && route.method === 'POST' ? await runIdempotently(event, route, repos, run) : await run();
    } catch (error) {
      response = errorResponse(error, requestId);
    }
    runtime().logger.info('request', {
      route: event.routeKey,
      status: response.statusCode,
      durationMs: Date.now() - started,
      requestId,
      clinicId: caller?.clinicId,
      memberId: caller?.memberId,
    });
    return response;
  };

  return middy<APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2>().handler(handle);
}

/**
 * With an Idempotency-Key, a POST runs once per key: a retry gets the first response back. The key
 * is scoped to the clinic and bound to the request (route and body), and released if the request
 * failed unexpectedly so that it can be retried.
 */
async function runIdempotently(
  event: APIGatewayProxyEventV2WithJWTAuthorizer,
  route: RouteDefinition,
  repos: ClinicRepositories,
  run: () => Promise<StoredResponse>,
): Promise<StoredResponse> {
  const key = event.headers?.['idempotency-key'];
  if (!key) return run();
  if (key.length > 255) {
    throw new DomainError('bad_request', 'The Idempotency-Key header is longer than 255 characters.', {
      code: 'validation',
      issues: [{ path: 'headers.idempotency-key', message: 'At most 255 characters.' }],
    });
  }
  const fingerprint = createHash('sha256').update(`${routeKey(route)}\n${event.rawPath}\n${event.body ?? ''}`).digest('base64url');
  const start = await repos.idempotency.begin(key, fingerprint);
  if (start.kind === 'replay') return { ...start.response, headers: { ...start.response.headers, 'idempotent-replayed': 'true' } };
  let response: StoredResponse;
  try {
    response = await run();
  } catch (error) {
    if (!isDomainError(error)) {
      await repos.idempotency.release(key);
      throw error;
    }
    response = errorResponse(error, event.requestContext.requestId) as StoredResponse;
  }
  await repos.idempotency.complete(key, response);
  return response;
}

function repositoriesFor(caller: CallerIdentity, rt: Runtime): ClinicRepositories {
  return createClinicRepositories({ service: rt.service, clinicId: caller.clinicId, actor: caller.memberId, now: () => rt.clock.now(), newId: rt.newId });
}

/** Public routes have no clinic from a token; reaching for the repositories there is a bug. */
const noClinicRepositories = new Proxy({} as ClinicRepositories, {
  get: () => {
    throw new Error('Public routes have no clinic-bound repositories.');
  },
});

function jsonResponse(status: number, body: unknown): StoredResponse {
  if (body instanceof BinaryBody) {
    const headers: Record<string, string> = { 'content-type': body.contentType, 'cache-control': 'no-store' };
    if (body.fileName) headers['content-disposition'] = `inline; filename="${body.fileName}"`;
    return { statusCode: status, headers, body: Buffer.from(body.bytes).toString('base64'), isBase64Encoded: true } as StoredResponse;
  }
  if (status === 204 || body === undefined) return { statusCode: status === 200 ? 204 : status, body: '', headers: {} };
  return { statusCode: status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }, body: JSON.stringify(body) };
}

function errorResponse(error: unknown, requestId: string): APIGatewayProxyStructuredResultV2 {
  if (isDomainError(error)) return domainErrorResponse(error, requestId);
  // Only the error's class and code: messages from lower layers may quote stored values (a developer
  // may ask for them locally with LOG_ERROR_MESSAGES=true).
  const cause = (error as { cause?: unknown })?.cause;
  runtime().logger.error('unhandled error', {
    requestId,
    errorName: error instanceof Error ? error.name : typeof error,
    errorCode: (error as { code?: unknown })?.code,
    causes: causeNames(error),
    at: firstOwnFrame(error),
    ...(process.env.LOG_ERROR_MESSAGES === 'true' && error instanceof Error ? { errorMessage: error.message, causeMessage: cause instanceof Error ? cause.message : undefined } : {}),
  });
  return problemResponse({ status: 500, code: 'internal', detail: 'Something went wrong on our side; it has been logged.', instance: requestId });
}

/** The names along the cause chain (e.g. ElectroError -> TransactionConflictException): safe to log, unlike messages. */
function causeNames(error: unknown): string[] {
  const names: string[] = [];
  let current = (error as { cause?: unknown })?.cause;
  while (current instanceof Error && names.length < 5) {
    names.push(current.name);
    current = (current as { cause?: unknown }).cause;
  }
  return names;
}

/** Where in our code it was thrown: the first stack frame outside node_modules and node internals. */
function firstOwnFrame(error: unknown): string | undefined {
  if (!(error instanceof Error) || !error.stack) return undefined;
  return error.stack
    .split('\n')
    .slice(1)
    .map((line) => line.trim())
    .find((line) => !line.includes('node_modules') && !line.includes('node:'));
}
