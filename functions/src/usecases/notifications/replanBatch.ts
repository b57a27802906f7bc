/**
 * One batch of re-planning after the reminder rules changed (SPEC N2). The job item holds the cursor;
 * each batch moves it on with a write conditioned on the state it read, and that write is the stream
 * record that runs the next batch. A stale or repeated record finds the job moved on and does nothing.
 */
import type { ReplanJob } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { planAndApply } from './applyPlan';
import { systemRepositories } from './notificationRepos';

export const REPLAN_BATCH_SIZE = 25;

export async function runReplanBatch(rt: Runtime, image: Pick<ReplanJob, 'clinicId' | 'revision' | 'batches'>): Promise<ReplanJob | undefined> {
  const repos = systemRepositories(rt, image.clinicId);
  const job = await repos.notifications.replanJob();
  if (!job || job.done || job.revision !== image.revision || job.batches !== image.batches) return undefined;
  const calendarId = job.calendarIds[job.calendarIndex];
  const now = rt.clock.now().toISOString();
  let planned = 0;
  let cursor: string | null = null;
  if (calendarId) {
    const from = job.from > now ? job.from : now;
    const page = await repos.notifications.futureOnCalendar(calendarId, from, job.cursor, REPLAN_BATCH_SIZE);
    // An appointment holding a room as well is planned once, from its main calendar.
    const appointments = (await repos.appointments.getMany(page.appointmentIds)).filter((appointment) => appointment.calendarId === calendarId);
    for (const appointment of appointments) await planAndApply(rt, repos, appointment, appointment);
    planned = appointments.length;
    cursor = page.cursor;
  }
  const nextIndex = cursor ? job.calendarIndex : job.calendarIndex + 1;
  const { cursor: _old, ...rest } = job;
  const next: ReplanJob = {
    ...rest,
    calendarIndex: nextIndex,
    ...(cursor ? { cursor } : {}),
    planned: job.planned + planned,
    batches: job.batches + 1,
    done: nextIndex >= job.calendarIds.length,
    updatedAt: now,
  };
  return (await repos.notifications.advanceReplan(job, next)) ? next : undefined;
}
