import { createHash } from 'node:crypto';
import type * as z from 'zod';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { DomainError, ForbiddenError, isAllowed, isDomainError } from '@casefile/core';
import { type ClinicRepositories, createClinicRepositories, type StoredResponse } from '@casefile/db';
import { runtime, type Runtime } from '../runtime';
import { parseInput } from './parseInput';
import { BinaryBody } from './binaryBody';
import { domainErrorResponse, problemResponse } from './problem';
import { withRequestPaths } from './requestPaths';
import { type RouteDefinition, routeKey, type RouteTable } from './route';
import type { CallerIdentity } from './staffIdentity';
import { readActingMember } from './actingMember';
import { verifyOrigin } from './originVerify';
import { carriesEntityTag, readRouteOf } from './routeContract';
import { entityTagOf } from './entityTags';
import { writeIfMatch } from './conditionalWrite';
import { keepChangedSince } from './incrementalSync';

/** What a route's schema for one part of the request parses to, or `Absent` when the route has none. */
type Parsed<Route, Part extends 'params' | 'query' | 'body', Absent> = Route extends { [K in Part]: infer Schema extends z.ZodType } ? z.output<Schema> : Absent;

/** What an operation receives: its route's params, query and body as parsed by the route's own schemas. */
export interface OperationInput<Route extends RouteDefinition = RouteDefinition> {
  params: Parsed<Route, 'params', Record<string, never>>;
  query: Parsed<Route, 'query', Record<string, never>>;
  body: Parsed<Route, 'body', undefined>;
  route: Route;
  /** The signed-in staff member; public routes have none. */
  caller: Route extends { auth: 'staff' } ? CallerIdentity : undefined;
  /** Bound to the caller's clinic; public routes find their clinic themselves. */
  repos: ClinicRepositories;
  runtime: Runtime;
  event: APIGatewayProxyEventV2WithJWTAuthorizer;
}

/** An operation returns the response body; the status comes from the route table. */
export type Operation<Route extends RouteDefinition = RouteDefinition> = (input: OperationInput<Route>) => Promise<unknown>;

/** One operation per route of the table, each typed from its route. */
export type Operations<Table extends RouteTable> = { [K in keyof Table]: Operation<Table[K]> };

/** Rejects (at compile time) operations that have no route. */
type NoExtraOperations<Table extends RouteTable, Given> = { [K in Exclude<keyof Given, keyof Table>]: never };

/**
 * One Lambda handler for one area: finds the route by API Gateway's routeKey, then
 * verify origin -> authenticate -> authorize -> validate -> (idempotency) -> operation -> JSON or problem document.
 */
export function createApiHandler<Table extends RouteTable, Given extends Operations<Table>>(
  routes: Table,
  operations: Given & NoExtraOperations<Table, Given>,
) {
  const byRouteKey = new Map(
    Object.entries(routes).map(([operationId, route]) => {
      // Each key of `operations` is typed against the same key of `routes`, so the pairing is checked above.
      const operation = operations[operationId] as Operation | undefined;
      if (!operation) throw new Error(`Route ${routeKey(route)} has no operation ${operationId}.`);
      return [routeKey(route), { route, operation }] as const;
    }),
  );
  const allRoutes = Object.values(routes);
  const taggedAnswers = new Set(allRoutes.filter((route) => carriesEntityTag(route, allRoutes)).map(routeKey));

  return async (event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context): Promise<APIGatewayProxyStructuredResultV2> => {
    const started = Date.now();
    const requestId = event.requestContext?.requestId ?? context.awsRequestId;
    const entry = byRouteKey.get(event.routeKey);
    let caller: CallerIdentity | undefined;
    let response: APIGatewayProxyStructuredResultV2;
    try {
      await verifyOrigin(event);
      if (!entry) throw new DomainError('not_found', 'No such route.', { code: 'not_found' });
      const { route, operation } = entry;
      caller = route.auth === 'staff' ? await readActingMember(event, runtime()) : undefined;
      if (route.auth === 'staff' && caller && !isAllowed(caller.role, route.action)) throw new ForbiddenError();
      const input = parseInput(route, event);
      const rt = runtime();
      const repos = caller ? repositoriesFor(caller, rt) : noClinicRepositories;
      const run = async (): Promise<StoredResponse> => {
        const ifMatch = event.headers?.['if-match'];
        // The parsed input is what the route's schemas produce, which is what Operation<Route> declares.
        const change = () => operation({ ...(input as Pick<OperationInput, 'params' | 'query' | 'body'>), route, caller, repos, runtime: rt, event });
        let answered: unknown;
        if (ifMatch !== undefined && route.method === 'PATCH') {
          const read = readRouteOf(route, allRoutes);
          const reader = read && byRouteKey.get(routeKey(read));
          if (!reader) throw new DomainError('bad_request', 'This route does not take If-Match: it has no GET to take an ETag from.', { code: 'if_match_unsupported', issues: [{ path: 'headers.if-match', message: 'Not supported here.' }] });
          if (reader.route.auth === 'staff' && caller && !isAllowed(caller.role, reader.route.action)) throw new ForbiddenError();
          const readInput = parseInput(reader.route, { ...event, queryStringParameters: undefined, body: undefined });
          const readCurrent = () => reader.operation({ ...(readInput as Pick<OperationInput, 'params' | 'query' | 'body'>), route: reader.route, caller, repos, runtime: rt, event });
          answered = await writeIfMatch({ ifMatch, resourceId: event.pathParameters?.id, readCurrent, change });
        } else {
          answered = await change();
        }
        const body = input.updatedSince ? keepChangedSince(answered, input.updatedSince) : answered;
        const response = jsonResponse(route.status ?? 200, body);
        const tag = taggedAnswers.has(routeKey(route)) && !(body instanceof BinaryBody) ? entityTagOf(body) : undefined;
        return tag ? { ...response, headers: { ...response.headers, etag: tag } } : response;
      };
      response = caller && route.method === 'POST' ? await runIdempotently(event, route, repos, run) : await run();
    } catch (error) {
      response = errorResponse(error, requestId, entry?.route);
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
    response = errorResponse(error, event.requestContext.requestId, route) as StoredResponse;
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

function errorResponse(error: unknown, requestId: string, route: RouteDefinition | undefined): APIGatewayProxyStructuredResultV2 {
  if (isDomainError(error)) return domainErrorResponse(error, requestId, route ? withRequestPaths(error, route) : error.details);
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
