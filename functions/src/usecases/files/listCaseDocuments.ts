import type { CaseDocument } from '@casefile/core';
import type { StaffContext } from '../context';
import { toCaseDocument } from './toCaseDocument';

/** The files of a case, newest first: names and status, not contents (so no audit event). */
export async function listCaseDocuments(ctx: StaffContext, caseId: string): Promise<{ items: CaseDocument[] }> {
  await ctx.repos.cases.get(caseId);
  const stored = await ctx.repos.caseDocuments.listForCase(caseId);
  return { items: stored.map(toCaseDocument).reverse() };
}
