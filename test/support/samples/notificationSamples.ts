/**
 * Samples for the failed-notice routes. A failed notice cannot be made through the API (the mailer
 * would have to refuse), so the sample writes one through the repository, as delivery does, for an
 * appointment canceled first: its retry has nothing left to send and closes it, with no mail needed.
 */
import { newId } from '@casefile/adapters';
import { createClinicRepositories, createService, sharedDocumentClient, tableNameFromEnv } from '@casefile/db';
import type { ClinicFixture, FixtureIds } from '../world';

export const FAILED_NOTICE_KEY = 'newBooking#client';

export const NOTIFICATION_SAMPLE_BODIES: Readonly<Record<string, (ids: FixtureIds) => unknown>> = {
  retryFailedNotice: (ids) => ({ appointmentId: ids.appointmentId, key: FAILED_NOTICE_KEY }),
};

export async function failedNoticeFor(fixture: ClinicFixture, appointmentId: string): Promise<void> {
  const owner = await fixture.api('owner');
  const canceled = await owner.post(`/api/appointments/${appointmentId}/status`, { status: 'canceled', reason: 'Sample' });
  if (canceled.status !== 200) throw new Error(`Could not cancel a sample appointment: ${canceled.status} ${canceled.text}`);
  const repos = createClinicRepositories({
    service: createService(sharedDocumentClient(), tableNameFromEnv()),
    clinicId: fixture.clinicId,
    actor: 'test:samples',
    now: () => new Date(),
    newId,
  });
  const at = new Date().toISOString();
  await repos.notifications.claim({ appointmentId, key: FAILED_NOTICE_KEY, kind: 'newBooking', audience: 'client', outcome: 'sending', at });
  await repos.notifications.markFailed(appointmentId, FAILED_NOTICE_KEY, { error: 'ServiceUnavailable', at, payload: { kind: 'newBooking', clinicId: fixture.clinicId, appointmentId } });
}
