import type { CreateCase } from '@casefile/core';
import type { StaffContext } from '../context';

/** Open a case file for a client, numbered with the clinic's case-number prefix. */
export async function openCase({ repos }: Pick<StaffContext, 'repos'>, clientId: string, request: CreateCase) {
  const clinic = await repos.clinic.get();
  return repos.cases.create(clientId, request, clinic.caseNumberPrefix ?? '');
}
