import { type ClinicRepositories, createClinicRepositories } from '@casefile/db';
import type { Runtime } from '../../runtime';

/** Repositories of one clinic for the webhook machinery (the stream consumer, the delivery function). */
export function webhookSystemRepositories(rt: Runtime, clinicId: string): ClinicRepositories {
  return createClinicRepositories({ service: rt.service, clinicId, actor: 'system:webhooks', now: () => rt.clock.now(), newId: rt.newId });
}
