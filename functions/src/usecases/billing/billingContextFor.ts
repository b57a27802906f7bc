import { createClinicRepositories } from '@casefile/db';
import type { Runtime } from '../../runtime';
import type { BillingContext } from './billingContext';

/** The billing context of one clinic for billing's own work (stream consumers): writes are attributed to `billing`. */
export function billingContextFor(rt: Runtime, clinicId: string): BillingContext & { runtime: Runtime } {
  const repos = createClinicRepositories({ service: rt.service, clinicId, actor: 'billing', now: () => rt.clock.now(), newId: rt.newId });
  return { repos, runtime: rt };
}
