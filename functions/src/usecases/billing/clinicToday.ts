import { localDateOf } from '@casefile/core';
import type { BillingContext } from './billingContext';

/** The clinic's today, as a local date in its default zone (issue dates, statements, aging). */
export async function clinicToday({ repos, runtime }: BillingContext): Promise<string> {
  const clinic = await repos.clinic.get();
  return localDateOf(runtime.clock.now().toISOString(), clinic.defaultTimeZone);
}
