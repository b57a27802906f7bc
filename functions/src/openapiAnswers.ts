/**
 * The problem answers (RFC 9457) each route can give, decided from the route's shape so that a new
 * route declares them without saying so. Each is a shared response component.
 */
import * as z from 'zod';
import type { ZodOpenApiResponseObject, ZodOpenApiResponsesObject } from 'zod-openapi';
import { problemSchema } from '@casefile/core';
import type { RouteDefinition } from './http/route';
import { honoursIfMatch } from './http/routeContract';

type ProblemStatus = '400' | '401' | '403' | '404' | '409' | '412' | '415' | '422' | '429' | '500';

const DESCRIPTIONS: Readonly<Record<ProblemStatus, { id: string; description: string }>> = {
  '400': { id: 'BadRequest', description: 'Invalid input: `errors` names each field at fault (`body.x`, `query.y`, `params.id`, `headers.z`).' },
  '401': { id: 'Unauthorized', description: 'No valid ID token, or the member is not (or no longer) active in the clinic.' },
  '403': { id: 'Forbidden', description: 'The member’s role does not allow this, or the call did not come through the API’s web address.' },
  '404': { id: 'NotFound', description: 'Not found, or not in your clinic (the two are not told apart).' },
  '409': { id: 'Conflict', description: 'The change conflicts with the current state (a lost race, an immutable document, a taken time); read again and decide.' },
  '412': { id: 'PreconditionFailed', description: '`If-Match` named a version that is no longer current; the problem’s `etag` is the current one.' },
  '415': { id: 'UnsupportedMediaType', description: 'The body was not sent as `application/json`.' },
  '422': { id: 'Unprocessable', description: 'Well-formed but cannot be done as asked (e.g. an `Idempotency-Key` reused for a different request).' },
  '429': { id: 'TooManyRequests', description: 'Too many requests; wait the `Retry-After` seconds and try again.' },
  '500': { id: 'InternalError', description: 'Something went wrong on our side; it has been logged under the problem’s `instance`.' },
};

const retryAfter = z.object({ 'Retry-After': z.string().regex(/^\d+$/).meta({ description: 'Seconds to wait before trying again.' }) });

/** Which problem statuses this route can answer. */
export function problemStatuses(route: RouteDefinition, routes: Iterable<RouteDefinition>): ProblemStatus[] {
  const writes = route.method !== 'GET';
  const statuses: (ProblemStatus | false)[] = [
    '400',
    route.auth === 'staff' && '401',
    // Every route: a role without the permission, or a call around the web address (origin check).
    '403',
    (route.auth === 'staff' || route.params !== undefined) && '404',
    writes && '409',
    honoursIfMatch(route, routes) && '412',
    route.body !== undefined && '415',
    writes && '422',
    // Every route: API Gateway throttles, and the public routes keep their own rate limits.
    '429',
    '500',
  ];
  return statuses.filter((status): status is ProblemStatus => status !== false);
}

/** FHIR routes answer errors as OperationOutcome resources (the problem's code and field paths kept in its issues). */
const operationOutcomeSchema = z.looseObject({ resourceType: z.literal('OperationOutcome'), issue: z.array(z.looseObject({ severity: z.string(), code: z.string() })) }).meta({ id: 'FhirOperationOutcome', description: 'A FHIR R4 OperationOutcome: each issue names the problem code (`details.coding`, system `urn:casefile:problem`) and the field at fault (`expression`).' });

/** One object per status, so the document registers each as one shared component. */
function sharedAnswers(fhir: boolean): Readonly<Record<ProblemStatus, ZodOpenApiResponseObject>> {
  // Filled just below, one entry per status of DESCRIPTIONS.
  const answers = {} as Record<ProblemStatus, ZodOpenApiResponseObject>;
  for (const status of Object.keys(DESCRIPTIONS) as ProblemStatus[]) {
    const { id, description } = DESCRIPTIONS[status];
    const content = fhir ? { 'application/fhir+json': { schema: operationOutcomeSchema } } : { 'application/problem+json': { schema: problemSchema } };
    answers[status] = { id: fhir ? `Fhir${id}` : id, description, ...(status === '429' ? { headers: retryAfter } : {}), content };
  }
  return answers;
}
const ANSWERS = sharedAnswers(false);
const FHIR_ANSWERS = sharedAnswers(true);

export function problemAnswers(route: RouteDefinition, routes: Iterable<RouteDefinition>): ZodOpenApiResponsesObject {
  const answers = route.mediaType === 'application/fhir+json' ? FHIR_ANSWERS : ANSWERS;
  return Object.fromEntries(problemStatuses(route, routes).map((status) => [status, answers[status]]));
}
