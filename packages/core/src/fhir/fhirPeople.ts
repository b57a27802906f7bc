/** Clients and case files as FHIR R4 Patient and EpisodeOfCare: pure mappings. */
import type { Address, ContactPoint, EpisodeOfCare, HumanName, Meta, Patient } from 'fhir/r4';
import type { CaseFile } from '../schemas/caseFile';
import type { Client } from '../schemas/client';
import { casefileSystem, FHIR_EPISODE_STATUS, fhirGender } from './fhirCodes';

/** Every mapped resource carries its stored version and last change. */
export function fhirMeta(record: { version?: number | undefined; updatedAt: string }): Meta {
  return { ...(record.version !== undefined ? { versionId: String(record.version) } : {}), lastUpdated: record.updatedAt };
}

export const patientReference = (clientId: string) => ({ reference: `Patient/${clientId}` });

export function toFhirPatient(client: Client): Patient {
  const names: HumanName[] = [{ use: 'official', family: client.lastName, given: [client.firstName] }];
  if (client.preferredName) names.push({ use: 'usual', family: client.lastName, given: [client.preferredName] });
  const telecom: ContactPoint[] = [
    ...(client.email ? [{ system: 'email' as const, value: client.email }] : []),
    ...(client.phone ? [{ system: 'phone' as const, value: client.phone, use: 'home' as const }] : []),
    ...(client.mobilePhone ? [{ system: 'phone' as const, value: client.mobilePhone, use: 'mobile' as const }] : []),
  ];
  const gender = fhirGender(client.gender);
  const address: Address | undefined = client.address && {
    line: [client.address.line1, ...(client.address.line2 ? [client.address.line2] : [])],
    city: client.address.city,
    ...(client.address.region ? { state: client.address.region } : {}),
    ...(client.address.postalCode ? { postalCode: client.address.postalCode } : {}),
    country: client.address.country,
  };
  return {
    resourceType: 'Patient',
    id: client.clientId,
    meta: fhirMeta(client),
    active: client.status === 'active',
    name: names,
    ...(telecom.length > 0 ? { telecom } : {}),
    ...(gender ? { gender } : {}),
    ...(client.dateOfBirth ? { birthDate: client.dateOfBirth } : {}),
    ...(address ? { address: [address] } : {}),
  };
}

export function toFhirEpisodeOfCare(caseFile: CaseFile): EpisodeOfCare {
  const ended = caseFile.status === 'closed' || caseFile.status === 'discharged';
  return {
    resourceType: 'EpisodeOfCare',
    id: caseFile.caseId,
    meta: fhirMeta(caseFile),
    identifier: [{ system: casefileSystem('case-label'), value: caseFile.caseLabel }],
    status: FHIR_EPISODE_STATUS[caseFile.status],
    type: [{ coding: [{ system: casefileSystem('case-type'), code: caseFile.caseType }], ...(caseFile.title ? { text: caseFile.title } : {}) }],
    patient: patientReference(caseFile.clientId),
    period: { start: caseFile.intakeDate, ...(ended ? { end: caseFile.statusChangedAt } : {}) },
  };
}
