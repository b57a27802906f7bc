/**
 * No personal data or secrets in a URL (issue 20): paths and query strings land in CloudFront's and
 * API Gateway's access logs, so every path parameter and query parameter of the route table is an id
 * or a named, reviewed non-personal value. Search terms (names, emails, phones) and link tokens travel
 * in request bodies. A new parameter fails here until it is an id or added to the reviewed list.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ROUTES, type RouteDefinition } from '../../functions/src/routes';

/** Path parameters: ids and the clinic's public booking address (the slug is printed on the clinic's own site). */
const PATH_PARAMETERS = new Set(['id', 'clinicSlug']);
const ID = /^[a-z]+Ids?$/;
/**
 * Reviewed exceptions, by operation. A calendar feed (issue 19, P3) is subscribed to by calendar apps,
 * which can only fetch a URL: its secret is revocable, rotatable and stored only as a hash.
 */
const SECRET_IN_PATH = new Set(['readCalendarFeed']);

/** Query parameters that are neither ids nor personal: paging, dates, enums, flags. Reviewed one by one. */
const QUERY_PARAMETERS = new Set([
  'limit', 'cursor', // paging (the cursor encodes the last key's ids)
  'kind', 'scope', 'mode', 'status', 'statuses', 'groupBy', 'entityType', 'includeInactive', 'includeRetired', 'dismissed', // enums and flags
  'from', 'to', 'at', 'date', 'weekOf', 'days', 'asOf', 'start', 'end', // instants, dates, counts
  'author', 'assignee', // 'me', a role or a member id
  // FHIR search parameters (issue 19, P3): references and tokens that are ids, and flags; names,
  // birth dates, emails and phones are searched only with POST Patient/_search.
  '_id', 'patient', 'actor', 'schedule', 'service-type', 'context', 'active',
]);

/** What must never sit in a URL, whatever a future allow-list says. */
const NEVER = /^(q|query|search|term|name|firstName|lastName|email|phone|mobilePhone|dateOfBirth|dob|token|code|secret|password|address)$/i;

function pathParameters(route: RouteDefinition): string[] {
  return [...route.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
}

function queryParameters(route: RouteDefinition): string[] {
  if (!route.query) return [];
  if (!(route.query instanceof z.ZodObject)) throw new Error(`${route.operationId}: its query schema is no object, so its keys cannot be reviewed here`);
  return Object.keys(route.query.shape);
}

describe('no personal data or secrets in a URL', () => {
  it.each(ROUTES.filter((route) => !SECRET_IN_PATH.has(route.operationId)).map((route) => [route.operationId, route] as const))('%s: path parameters are ids', (_, route) => {
    for (const name of pathParameters(route)) {
      expect(NEVER.test(name), `${route.path} puts ${name} in the path`).toBe(false);
      expect(PATH_PARAMETERS.has(name) || ID.test(name), `${route.path}: {${name}} is no id; send it in the body`).toBe(true);
    }
  });

  it.each(ROUTES.filter((route) => route.query).map((route) => [route.operationId, route] as const))('%s: query parameters are ids or reviewed non-personal values', (_, route) => {
    for (const name of queryParameters(route)) {
      expect(NEVER.test(name), `${route.operationId} takes ${name} in the query string`).toBe(false);
      expect(QUERY_PARAMETERS.has(name) || ID.test(name), `${route.operationId}: ?${name} is not reviewed; send it in the body or add it to the list with a reason`).toBe(true);
    }
  });

  it('searches clients and opens manage links with POST bodies', () => {
    const byId = new Map(ROUTES.map((route) => [route.operationId, route]));
    for (const operationId of ['searchClients', 'getManagedBooking', 'cancelManagedBooking', 'rescheduleManagedBooking', 'viewWaitlistOffer', 'openPublicForm', 'fhirSearchPatients']) {
      const route = byId.get(operationId)!;
      expect(route.method, operationId).toBe('POST');
      expect(route.body, operationId).toBeDefined();
    }
    expect(byId.get('listClients')!.query).toBeDefined();
  });

  it('catches a token or an email in a path or a query string', () => {
    const leaky = { ...ROUTES[0]!, path: '/api/public/manage/{token}' as const, query: z.object({ email: z.string() }) };
    expect(pathParameters(leaky).some((name) => NEVER.test(name))).toBe(true);
    expect(queryParameters(leaky).some((name) => NEVER.test(name))).toBe(true);
  });
});
