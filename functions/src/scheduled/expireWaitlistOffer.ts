import { createClinicRepositories } from '@casefile/db';
import { expireOffer } from '../usecases/waitlist/expireOffer';
import { isOfferExpiryPayload } from '../usecases/waitlist/sendOffer';
import { runtime } from '../runtime';
import type { LambdaHandler } from '../lambdaHandlers';

/**
 * The target of every waitlist offer's one-time expiry schedule (EventBridge Scheduler in AWS, the
 * scheduler loop locally): an offer still unanswered expires and the next person is offered. Throwing
 * lets the scheduler retry; a repeated firing changes nothing.
 */
async function expireWaitlistOffer(event: unknown): Promise<'expired' | 'unchanged' | undefined> {
  if (!isOfferExpiryPayload(event)) {
    runtime().logger.error('schedule input is not a waitlist offer expiry');
    return undefined;
  }
  const rt = runtime();
  const repos = createClinicRepositories({ service: rt.service, clinicId: event.clinicId, actor: 'system:waitlist', now: () => rt.clock.now(), newId: rt.newId });
  return expireOffer(repos, rt, event.openingId, event.entryId);
}

export const handler: LambdaHandler<unknown, 'expired' | 'unchanged' | undefined> = expireWaitlistOffer;
