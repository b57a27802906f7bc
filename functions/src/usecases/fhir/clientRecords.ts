/** What a client's FHIR resources are read from: their case files, appointments, charges and invoices (never notes or forms). */
import type { CaseFile, Charge } from '@casefile/core';
import { type ClinicRepositories, type StoredAppointment, toCharge } from '@casefile/db';

/** The clinic's currency, in which charges are priced (an invoice carries its own). */
export async function clinicCurrency(repos: ClinicRepositories): Promise<string> {
  return (await repos.clinic.get()).currency;
}

export async function casesOfClient(repos: ClinicRepositories, clientId: string): Promise<CaseFile[]> {
  return (await repos.clients.getWithCases(clientId)).cases;
}

export function appointmentsOfClient(repos: ClinicRepositories, clientId: string): Promise<StoredAppointment[]> {
  return repos.appointments.listAllForClient(clientId);
}

/** Charges are kept per case file: a client's are those of each of their case files. */
export async function chargesOfCases(repos: ClinicRepositories, caseIds: readonly string[]): Promise<Charge[]> {
  const perCase = await Promise.all(caseIds.map((caseId) => repos.charges.listForCase(caseId)));
  return perCase.flat().map(toCharge);
}
