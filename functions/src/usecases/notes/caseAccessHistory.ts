import type { ClinicalAccess } from '@casefile/core';
import type { StaffContext } from '../context';
import { memberNames } from './memberNames';
import { nameOf } from './noteViews';

/** Who read which clinical record of a case, newest first (owners only, by the route's action). */
export async function caseAccessHistory({ repos }: StaffContext, caseId: string, page: { limit: number; cursor?: string | undefined }): Promise<{ items: ClinicalAccess[]; nextCursor: string | null }> {
  await repos.cases.get(caseId);
  const [history, names] = await Promise.all([repos.clinicalAccess.history(caseId, page), memberNames(repos)]);
  return { items: history.items.map((entry) => ({ ...entry, actorName: nameOf(names, entry.actor) })), nextCursor: history.nextCursor };
}
