export * from './fhirCodes';
export * from './fhirPeople';
export * from './fhirScheduling';
export * from './fhirBilling';
export * from './fhirBundles';
export * from './fhirSearch';
export type { Bundle as FhirBundle, FhirResource } from 'fhir/r4';
