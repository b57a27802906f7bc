import { createClinicRepositories } from '@casefile/db';
import { fireRecall as fire, type RecallFired } from '../usecases/recalls/fireRecall';
import { isRecallStepPayload } from '../usecases/recalls/recallSchedule';
import { runtime } from '../runtime';
import type { LambdaHandler } from '../lambdaHandlers';

/**
 * The target of every recall's one-time schedules (EventBridge Scheduler in AWS, the scheduler loop
 * locally): a recall comes due, or its message went unanswered. Throwing lets the scheduler retry; a
 * repeated firing changes nothing.
 */
async function fireRecall(event: unknown): Promise<RecallFired | undefined> {
  if (!isRecallStepPayload(event)) {
    runtime().logger.error('schedule input is not a recall step');
    return undefined;
  }
  const rt = runtime();
  const repos = createClinicRepositories({ service: rt.service, clinicId: event.clinicId, actor: 'system:recalls', now: () => rt.clock.now(), newId: rt.newId });
  return fire(repos, rt, event.recallId, event.step);
}

export const handler: LambdaHandler<unknown, RecallFired | undefined> = fireRecall;
