/** The recall list (who is due back, sent, satisfied) and dismissing a recall the desk will not pursue. */
import { RECALL_STATUSES, type RecallQuery } from '@casefile/core';
import type { StoredRecall } from '@casefile/db';
import type { StaffContext } from '../context';

export async function listRecalls({ repos }: StaffContext, query: RecallQuery): Promise<StoredRecall[]> {
  const statuses = query.status ? [query.status] : RECALL_STATUSES;
  const found = (await Promise.all(statuses.map((status) => repos.recalls.withStatus(status)))).flat();
  const shown = query.dismissed === 'all' ? found : found.filter((recall) => recall.dismissed === (query.dismissed === 'true'));
  return shown.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.recallId.localeCompare(b.recallId));
}

export async function dismissRecall({ repos }: StaffContext, recallId: string): Promise<StoredRecall> {
  await repos.recalls.get(recallId);
  await repos.recalls.dismiss(recallId);
  return repos.recalls.get(recallId);
}
