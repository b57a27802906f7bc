/**
 * Failed notices (issue 13): messages the mailer refused, kept on the appointment's log as `failed`
 * while the scheduler retries them, and listed per clinic so staff can see and retry what never went.
 */
import { DomainError, isDeliveryPayload, type NotificationLogEntry, NotFoundError, type RetryFailedNotice } from '@casefile/core';
import type { ClinicRepositories, Page, PageRequest } from '@casefile/db';
import type { StaffContext } from '../context';
import { deliver } from './deliver';

export async function listFailedNotices(repos: ClinicRepositories, page: PageRequest): Promise<Page<NotificationLogEntry>> {
  return repos.notifications.failed(page);
}

/** Sends a failed notice now; one no longer due (moved, canceled) is closed as skipped: stale. */
export async function retryFailedNotice({ repos, runtime, caller }: StaffContext, body: RetryFailedNotice): Promise<NotificationLogEntry> {
  const stored = await repos.notifications.record(body.appointmentId, body.key);
  if (!stored || stored.entry.outcome !== 'failed' || !isDeliveryPayload(stored.payload) || stored.payload.clinicId !== caller.clinicId) {
    throw new NotFoundError('Failed notice');
  }
  let outcome;
  try {
    outcome = await deliver(runtime, stored.payload);
  } catch (error) {
    const name = error instanceof Error ? error.name : typeof error;
    throw new DomainError('unavailable', `Sending failed again (${name}); the notice stays in the failed list.`, { code: 'send_failed' }, { cause: error });
  }
  if (outcome.outcome === 'stale') {
    await repos.notifications.finish(body.appointmentId, body.key, { outcome: 'skipped', reason: 'stale', at: runtime.clock.now().toISOString() });
  }
  const after = await repos.notifications.record(body.appointmentId, body.key);
  if (!after) throw new NotFoundError('Failed notice');
  return after.entry;
}
