/**
 * How a route answers errors: FHIR routes (/api/fhir/) as an OperationOutcome in application/fhir+json,
 * every other route as an RFC 9457 problem document. The generated tests read either the same way.
 */
import { ROUTES, type RouteDefinition } from '../../functions/src/routes';

export function errorMediaType(route: Pick<RouteDefinition, 'mediaType'>): string {
  return route.mediaType === 'application/fhir+json' ? 'application/fhir+json' : 'application/problem+json';
}

/** By OpenAPI operation name (`GET /api/fhir/Patient/{id}`). */
export function errorMediaTypeOfOperation(name: string): string {
  const route = ROUTES.find((candidate) => `${candidate.method} ${candidate.path}` === name);
  return route ? errorMediaType(route) : 'application/problem+json';
}

interface OutcomeIssue {
  details?: { coding?: { system?: string; code?: string }[]; text?: string };
  expression?: string[];
}

/** An error body as a problem document: an OperationOutcome's issues carry the problem's code, field paths and messages. */
export function asProblem<T>(body: T, status: number): T {
  const outcome = body as { resourceType?: string; issue?: OutcomeIssue[] } | undefined;
  if (outcome?.resourceType !== 'OperationOutcome') return body;
  const issues = outcome.issue ?? [];
  const code = issues[0]?.details?.coding?.find((coding) => coding.system === 'urn:casefile:problem')?.code;
  const errors = issues.filter((issue) => issue.expression?.[0]).map((issue) => ({ path: issue.expression![0]!, message: issue.details?.text ?? '' }));
  // The problem shape the generated tests read, rebuilt from the OperationOutcome.
  return { type: `urn:casefile:problem:${code}`, status, ...(errors.length > 0 ? { errors } : {}) } as T;
}
