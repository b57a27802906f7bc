/**
 * One batch of re-planning every case's recalls after the recall rules were saved (issue 18 item 2),
 * like the reminder re-planning job: the job item holds a cursor over the clinic's clients; each batch
 * plans their cases and moves the cursor on with a write conditioned on the state it read, and that
 * write is the stream record that runs the next batch. A stale or repeated record finds the job moved
 * on and does nothing; a batch that fails is retried from the same cursor, and planning is idempotent.
 */
import { createClinicRepositories, type StoredRecallReplanJob } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { planCaseRecalls } from './planCaseRecalls';

/** Clients per batch (RECALL_REPLAN_BATCH_SIZE overrides it, so tests see several batches). */
export function recallReplanBatchSize(env: NodeJS.ProcessEnv = process.env): number {
  const size = Number(env.RECALL_REPLAN_BATCH_SIZE);
  return Number.isInteger(size) && size > 0 ? size : 25;
}

export async function runRecallReplanBatch(rt: Runtime, image: Pick<StoredRecallReplanJob, 'clinicId' | 'revision' | 'batches'>): Promise<StoredRecallReplanJob | undefined> {
  const repos = createClinicRepositories({ service: rt.service, clinicId: image.clinicId, actor: 'system:recalls', now: () => rt.clock.now(), newId: rt.newId });
  const [job, settings] = await Promise.all([repos.recalls.replanJob(), repos.recalls.getSettings()]);
  if (!job || job.done || job.revision !== image.revision || job.batches !== image.batches) return undefined;
  // Rules saved again meanwhile: their own job replaces this one.
  if (!settings || settings.version !== job.revision) return undefined;
  const page = await repos.clients.search({ limit: recallReplanBatchSize(), ...(job.cursor ? { cursor: job.cursor as string } : {}) });
  let planned = 0;
  for (const client of page.items) {
    const [{ cases }, appointments] = await Promise.all([repos.clients.getWithCases(client.clientId), repos.appointments.listAllForClient(client.clientId)]);
    for (const caseFile of cases) await planCaseRecalls(repos, rt, { caseId: caseFile.caseId, clientId: client.clientId }, { rules: settings.rules, appointments });
    planned += cases.length;
  }
  const { cursor: _old, ...rest } = job;
  const next: StoredRecallReplanJob = {
    ...rest,
    ...(page.nextCursor ? { cursor: page.nextCursor } : {}),
    planned: job.planned + planned,
    batches: job.batches + 1,
    done: !page.nextCursor,
    updatedAt: rt.clock.now().toISOString(),
  };
  return (await repos.recalls.advanceReplan(job, next)) ? next : undefined;
}
