/** Search results, $everything, the CapabilityStatement and errors as FHIR R4 resources: pure builders. */
import type { Bundle, CapabilityStatement, FhirResource, OperationOutcome, OperationOutcomeIssue } from 'fhir/r4';
import type { Outcome } from '../errors';
import { FHIR_ISSUE_CODE } from './fhirCodes';

/** A searchset Bundle of every match (Casefile answers a FHIR search in one page). */
export function searchBundle(baseUrl: string, selfUrl: string, resources: readonly FhirResource[]): Bundle {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: resources.length,
    link: [{ relation: 'self', url: selfUrl }],
    entry: resources.map((resource) => ({ fullUrl: `${baseUrl}/${resource.resourceType}/${resource.id}`, resource, search: { mode: 'match' } })),
  };
}

/** Patient/{id}/$everything: the patient first (a match), then what belongs to them (includes). */
export function everythingBundle(baseUrl: string, selfUrl: string, patient: FhirResource, related: readonly FhirResource[]): Bundle {
  const bundle = searchBundle(baseUrl, selfUrl, [patient, ...related]);
  return { ...bundle, total: 1 + related.length, entry: bundle.entry!.map((entry, index) => ({ ...entry, search: { mode: index === 0 ? 'match' : 'include' } })) };
}

export function operationOutcome(outcome: Outcome, diagnostics: string, expressions: readonly string[] = []): OperationOutcome {
  const issues = expressions.length > 0 ? expressions.map((expression) => ({ expression: [expression] })) : [{}];
  return { resourceType: 'OperationOutcome', issue: issues.map((issue) => ({ severity: 'error', code: FHIR_ISSUE_CODE[outcome], diagnostics, ...issue })) };
}

/**
 * What the read API serves, by resource type: the interactions, the search parameters (those marked
 * `bodyOnly` are personal and taken only by POST `<type>/_search`), and operations. The
 * CapabilityStatement is built from this, and the route table serves exactly this (docs/fhir.md).
 */
export const FHIR_SEARCH_PARAMETERS = {
  Patient: [
    { name: '_id', type: 'token' },
    { name: 'name', type: 'string', bodyOnly: true },
    { name: 'family', type: 'string', bodyOnly: true },
    { name: 'given', type: 'string', bodyOnly: true },
    { name: 'birthdate', type: 'date', bodyOnly: true },
    { name: 'email', type: 'token', bodyOnly: true },
    { name: 'phone', type: 'token', bodyOnly: true },
  ],
  EpisodeOfCare: [
    { name: 'patient', type: 'reference' },
    { name: 'status', type: 'token' },
  ],
  Appointment: [
    { name: 'patient', type: 'reference' },
    { name: 'actor', type: 'reference' },
    { name: 'date', type: 'date' },
    { name: 'status', type: 'token' },
  ],
  Schedule: [
    { name: 'active', type: 'token' },
    { name: 'actor', type: 'reference' },
  ],
  Slot: [
    { name: 'schedule', type: 'reference' },
    { name: 'service-type', type: 'token' },
    { name: 'start', type: 'date' },
  ],
  ChargeItem: [
    { name: 'patient', type: 'reference' },
    { name: 'context', type: 'reference' },
  ],
  Invoice: [
    { name: 'patient', type: 'reference' },
    { name: 'status', type: 'token' },
  ],
} as const satisfies Record<string, readonly { name: string; type: 'token' | 'string' | 'date' | 'reference'; bodyOnly?: boolean }[]>;

export type FhirResourceType = keyof typeof FHIR_SEARCH_PARAMETERS;

/** Resource types read by id (Slots are found, not stored, so they have no read). */
export const FHIR_READABLE_TYPES = ['Patient', 'EpisodeOfCare', 'Appointment', 'Schedule', 'ChargeItem', 'Invoice'] as const satisfies readonly FhirResourceType[];
export type FhirReadableType = (typeof FHIR_READABLE_TYPES)[number];

export function capabilityStatement(baseUrl: string, date: string): CapabilityStatement {
  const readable = new Set<string>(FHIR_READABLE_TYPES);
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date,
    publisher: 'Casefile',
    kind: 'instance',
    software: { name: 'Casefile' },
    implementation: { description: 'Casefile FHIR R4 read-only API', url: baseUrl },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json'],
    rest: [
      {
        mode: 'server',
        security: { cors: false, description: 'Bearer token of a signed-in owner or manager (the same as the staff API); every answer is limited to their clinic.' },
        resource: (Object.keys(FHIR_SEARCH_PARAMETERS) as FhirResourceType[]).map((type) => ({
          type,
          interaction: readable.has(type) ? [{ code: 'read' as const }, { code: 'search-type' as const }] : [{ code: 'search-type' as const }],
          searchParam: FHIR_SEARCH_PARAMETERS[type].map((param) => ({
            name: param.name,
            type: param.type,
            ...('bodyOnly' in param ? { documentation: 'Personal data: only in the JSON body of POST _search, never in a URL.' } : {}),
          })),
          ...(type === 'Patient' ? { operation: [{ name: 'everything', definition: 'http://hl7.org/fhir/OperationDefinition/Patient-everything' }] } : {}),
        })),
      },
    ],
  };
}

/** The Outcome an HTTP error status stands for (a problem document carries the status, not the outcome). */
const OUTCOME_OF_STATUS: Readonly<Record<number, Outcome>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  412: 'precondition_failed',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'too_many_requests',
  503: 'unavailable',
};

const PROBLEM_PREFIX = 'urn:casefile:problem:';

export interface ProblemDocument {
  type?: string;
  status: number;
  detail?: string;
  errors?: readonly { path: string; message: string }[];
}

/**
 * An RFC 9457 problem document as an OperationOutcome, losing nothing: the problem's code is the
 * issue's `details.coding` (system `urn:casefile:problem`), each field at fault an issue whose
 * `expression` is its request path and whose `details.text` is the message.
 */
export function problemOutcome(problem: ProblemDocument): OperationOutcome {
  const outcome = OUTCOME_OF_STATUS[problem.status];
  const code = outcome ? FHIR_ISSUE_CODE[outcome] : 'exception';
  const problemCode = problem.type?.startsWith(PROBLEM_PREFIX) ? problem.type.slice(PROBLEM_PREFIX.length) : (outcome ?? 'internal');
  const coding = [{ system: 'urn:casefile:problem', code: problemCode }];
  const diagnostics = problem.detail ?? 'The request failed.';
  const issues: OperationOutcomeIssue[] =
    problem.errors && problem.errors.length > 0
      ? problem.errors.map((error) => ({ severity: 'error', code, details: { coding, text: error.message }, diagnostics, expression: [error.path] }))
      : [{ severity: 'error', code, details: { coding }, diagnostics }];
  return { resourceType: 'OperationOutcome', issue: issues };
}
