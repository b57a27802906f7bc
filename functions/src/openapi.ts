import * as z from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, type ZodOpenApiResponsesObject } from 'zod-openapi';
import { ROUTES } from './routes';
import type { ApiFunctionName, RouteDefinition } from './http/route';
import { carriesEntityTag, honoursIfMatch, supportsUpdatedSince } from './http/routeContract';
import { UPDATED_SINCE, updatedSinceSchema } from './http/incrementalSync';
import { problemAnswers } from './openapiAnswers';

/** The version of the contract (see "API versioning" in the README): minor for additions, major for breaking changes. */
export const API_VERSION = '1.0.0';

const TAG_DESCRIPTIONS: Partial<Record<ApiFunctionName, string>> = {
  platform: 'Health and this API description.',
  settings: 'The clinic, its locations and disciplines, and what the signed-in member may do.',
  team: 'Team members and their roles.',
  clients: 'Clients and their case files.',
  audit: 'The audit trail of every change.',
  calendars: 'Calendars, sessions (services), shifts and time blocks.',
  availability: 'Free time across calendars, and why a time is or is not bookable.',
  appointments: 'Booking, moving, repeating and changing the status of appointments; the day view.',
  public: 'The booking pages’ API: a clinic’s offer, online times and bookings, and the manage link.',
  notifications: 'Notification settings and templates, and notices that failed to send.',
  billing: 'Price list, payers, authorizations, charges, invoices, payments, balances and statements.',
  notes: 'Chart notes and their templates; reads of clinical content are recorded.',
  waitlist: 'The waitlist and offers of freed time.',
  tasks: 'Tasks and case messages.',
  reports: 'The dashboard and the utilization, attendance and revenue reports.',
  files: 'Documents kept on a case file.',
  communications: 'Calls, letters and other contacts recorded on a case file.',
  forms: 'Intake and outcome forms sent to clients.',
  webhooks: 'Signed webhooks: endpoints, deliveries and replays.',
};

const idempotencyHeader = z.object({
  'idempotency-key': z.string().max(255).optional().meta({ description: 'Retries with the same key return the first response (with `Idempotent-Replayed: true`).' }),
});

const ifMatchHeader = z.object({
  'if-match': z.string().max(1024).optional().meta({ description: 'The `ETag` of your last read: the change is made only if nothing changed since (else 412). Without it, the change is made as before.' }),
});

const entityTagHeader = { ETag: z.string().meta({ description: 'The version of this resource; send it back in `If-Match` to change it safely.' }) };
const replayedHeader = { 'Idempotent-Replayed': z.literal('true').optional().meta({ description: 'Present when this is the stored answer to an earlier request with the same `Idempotency-Key`.' }) };

/** The OpenAPI 3.1 document, generated from the route table and the same zod schemas that validate requests. */
export function buildOpenApiDocument(serverUrl = '/') {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of ROUTES) {
    const operation: ZodOpenApiOperationObject = {
      operationId: route.operationId,
      summary: route.summary,
      description: describe(route),
      tags: [route.fn],
      ...(route.auth === 'staff' ? { security: [{ cognito: [] }], 'x-casefile-permission': route.action } : { security: [] }),
      requestParams: {
        ...(route.params ? { path: parameterObject(route.params, `${route.operationId} params`) } : {}),
        ...(queryOf(route) ? { query: queryOf(route) } : {}),
        ...(route.method === 'POST' && route.auth === 'staff' ? { header: idempotencyHeader } : {}),
        ...(honoursIfMatch(route, ROUTES) ? { header: ifMatchHeader } : {}),
      },
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: route.body } } } } : {}),
      responses: { ...successAnswer(route), ...problemAnswers(route, ROUTES) },
    };
    const path = (paths[route.path] ??= {});
    (path as Record<string, ZodOpenApiOperationObject>)[route.method.toLowerCase()] = operation;
  }
  const tags = [...new Set(ROUTES.map((route) => route.fn))].map((name) => ({ name, description: TAG_DESCRIPTIONS[name] ?? `The ${name} API.` }));
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Casefile API',
      version: API_VERSION,
      description: 'Case-centric practice management for clinics. Errors are RFC 9457 problem documents; lists support `updatedSince`; changes take `If-Match`. See "API versioning" in the README for what may change.',
      contact: { name: 'The Casefile maintainers' },
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: serverUrl, description: 'This deployment.' }],
    tags,
    components: {
      securitySchemes: { cognito: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Cognito ID token (locally: POST /api/_local/token).' } },
    },
    paths,
  });
}

function describe(route: RouteDefinition): string {
  const who = route.auth === 'staff' ? `Staff only; needs the \`${route.action}\` permission.` : 'Public: no sign-in.';
  const sync = supportsUpdatedSince(route) ? ' Supports `updatedSince` for incremental sync.' : '';
  const conditional = honoursIfMatch(route, ROUTES) ? ' Honours `If-Match` with the `ETag` of the GET of this path.' : '';
  return `${route.description ?? route.summary} ${who}${sync}${conditional}`;
}

function queryOf(route: RouteDefinition): z.ZodObject | undefined {
  const declared = route.query ? parameterObject(route.query, `${route.operationId} query`) : undefined;
  if (!supportsUpdatedSince(route)) return declared;
  // A fresh object rather than `.extend`: zod refuses to extend an object that carries refinements.
  return z.object({ ...declared?.shape, [UPDATED_SINCE]: updatedSinceSchema.optional() });
}

function successAnswer(route: RouteDefinition): ZodOpenApiResponsesObject {
  const status = String(route.status ?? 200) as `2${string}`;
  if (route.produces) {
    return {
      [status]: {
        description: `The document as ${route.produces}.`,
        headers: z.object({ 'Content-Disposition': z.string().meta({ description: 'Its file name.' }) }),
        content: { [route.produces]: { schema: { type: 'string', contentMediaType: route.produces } } },
      },
    };
  }
  const headers = {
    ...(carriesEntityTag(route, ROUTES) ? entityTagHeader : {}),
    ...(route.method === 'POST' && route.auth === 'staff' ? replayedHeader : {}),
  };
  return {
    [status]: {
      description: status === '204' ? 'Done; no content.' : 'Success.',
      ...(Object.keys(headers).length > 0 ? { headers: z.object(headers) } : {}),
      ...(route.response ? { content: { 'application/json': { schema: route.response } } } : {}),
    },
  };
}

/** Path and query parameters are listed field by field, so their schema must be a zod object. */
function parameterObject(schema: z.ZodType, what: string): z.ZodObject {
  if (schema instanceof z.ZodObject) return schema;
  throw new Error(`${what}: OpenAPI parameters need a zod object schema.`);
}
