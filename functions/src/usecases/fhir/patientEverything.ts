import { type FhirResource, toFhirAppointment, toFhirChargeItem, toFhirEpisodeOfCare, toFhirInvoice, toFhirPatient } from '@casefile/core';
import { toInvoice } from '@casefile/db';
import type { StaffContext } from '../context';
import { chargesOfCases, clinicCurrency } from './clientRecords';

/**
 * Patient/$everything: the patient, then their case files, appointments, charges and invoices.
 * Clinical content (notes, forms, documents) is not part of the FHIR API.
 */
export async function patientEverything({ repos }: StaffContext, clientId: string): Promise<{ patient: FhirResource; related: FhirResource[] }> {
  const { client, cases } = await repos.clients.getWithCases(clientId);
  const [appointments, charges, invoices, currency] = await Promise.all([
    repos.appointments.listAllForClient(clientId),
    chargesOfCases(
      repos,
      cases.map((caseFile) => caseFile.caseId),
    ),
    repos.invoices.listForClient(clientId),
    clinicCurrency(repos),
  ]);
  return {
    patient: toFhirPatient(client),
    related: [
      ...cases.map(toFhirEpisodeOfCare),
      ...appointments.map((appointment) => toFhirAppointment(appointment)),
      ...charges.map((charge) => toFhirChargeItem(charge, currency)),
      ...invoices.map((invoice) => toFhirInvoice(toInvoice(invoice))),
    ],
  };
}
