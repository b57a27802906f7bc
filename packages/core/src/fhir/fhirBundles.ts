/** Search results, $everything, the CapabilityStatement and errors as FHIR R4 resources: pure builders. */
import type { Bundle, CapabilityStatement, FhirResource, OperationOutcome } from 'fhir/r4';
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

/** What the read API offers, searched by the parameters listed (docs/fhir.md). */
export const FHIR_SEARCH_PARAMETERS = {
  Patient: [
    { name: '_id', type: 'token' },
    { name: 'name', type: 'string' },
    { name: 'email', type: 'token' },
    { name: 'phone', type: 'token' },
  ],
  EpisodeOfCare: [{ name: 'patient', type: 'reference' }],
  Appointment: [{ name: 'patient', type: 'reference' }],
  Schedule: [{ name: 'active', type: 'token' }],
  Slot: [
    { name: 'schedule', type: 'reference' },
    { name: 'service-type', type: 'token' },
    { name: 'start', type: 'date' },
  ],
  ChargeItem: [{ name: 'patient', type: 'reference' }],
  Invoice: [{ name: 'patient', type: 'reference' }],
} as const;

export function capabilityStatement(baseUrl: string, date: string): CapabilityStatement {
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
        resource: (Object.entries(FHIR_SEARCH_PARAMETERS) as [keyof typeof FHIR_SEARCH_PARAMETERS, (typeof FHIR_SEARCH_PARAMETERS)[keyof typeof FHIR_SEARCH_PARAMETERS]][]).map(([type, params]) => ({
          type,
          interaction: type === 'Slot' ? [{ code: 'search-type' as const }] : [{ code: 'read' as const }, { code: 'search-type' as const }],
          searchParam: params.map((param) => ({ name: param.name, type: param.type })),
          ...(type === 'Patient' ? { operation: [{ name: 'everything', definition: 'http://hl7.org/fhir/OperationDefinition/Patient-everything' }] } : {}),
        })),
      },
    ],
  };
}
