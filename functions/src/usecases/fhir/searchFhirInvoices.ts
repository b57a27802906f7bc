import { type FhirResource, toFhirInvoice } from '@casefile/core';
import { toInvoice } from '@casefile/db';
import type { StaffContext } from '../context';

/** The invoices of a patient, optionally in one FHIR status. */
export async function searchFhirInvoices({ repos }: StaffContext, search: { patient: string; status?: string | undefined }): Promise<FhirResource[]> {
  const invoices = await repos.invoices.listForClient(search.patient);
  return invoices.map((invoice) => toFhirInvoice(toInvoice(invoice))).filter((invoice) => search.status === undefined || invoice.status === search.status);
}
