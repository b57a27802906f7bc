import { type ClinicRepositories, createClinicRepositories } from '@casefile/db';
import type { Runtime } from '../runtime';

/** Repositories of one clinic for billing's own work (stream consumers): writes are attributed to `billing`. */
export function billingRepositories(rt: Runtime, clinicId: string): ClinicRepositories {
  return createClinicRepositories({ service: rt.service, clinicId, actor: 'billing', now: () => rt.clock.now(), newId: rt.newId });
}
