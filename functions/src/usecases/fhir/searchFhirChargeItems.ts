import { type FhirResource, toFhirChargeItem } from '@casefile/core';
import { unlessNotFound } from '../billing/unlessNotFound';
import type { StaffContext } from '../context';
import { casesOfClient, chargesOfCases, clinicCurrency } from './clientRecords';

/** Charges of a patient (all their case files) or of one case file (context), as ChargeItems. */
export async function searchFhirChargeItems({ repos }: StaffContext, search: { patient?: string | undefined; context?: string | undefined }): Promise<FhirResource[]> {
  const caseIds = search.patient !== undefined ? ((await unlessNotFound(casesOfClient(repos, search.patient))) ?? []).map((caseFile) => caseFile.caseId) : [search.context!];
  const scoped = search.context === undefined ? caseIds : caseIds.filter((caseId) => caseId === search.context);
  if (scoped.length === 0) return [];
  const [charges, currency] = await Promise.all([chargesOfCases(repos, scoped), clinicCurrency(repos)]);
  return charges.map((charge) => toFhirChargeItem(charge, currency));
}
