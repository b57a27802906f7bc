import { rollupDelta, type RollupSource } from '@casefile/core';
import { createClinicRepositories } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { withChargeReportFacts } from './chargeReportFacts';
import { clinicTimeZone } from './clinicTimeZone';

export interface RollupChange {
  /** The stream record's id: the same on every delivery of the record. */
  recordId: string;
  clinicId: string;
  before: RollupSource | undefined;
  after: RollupSource | undefined;
}

/** Adds one change's delta (new image's contributions less the old one's) to the clinic's rollups, exactly once. */
export async function applyRollupChange(rt: Runtime, change: RollupChange) {
  const repos = createClinicRepositories({ service: rt.service, clinicId: change.clinicId, actor: 'system:rollups', now: () => rt.clock.now(), newId: rt.newId });
  const timeZone = await clinicTimeZone(repos, rt.clock.now());
  // A charge counts under the facts recorded when it was first seen, in both images alike.
  const [before, after] = await withChargeReportFacts(repos, change.before, change.after);
  const delta = rollupDelta(before, after, timeZone);
  if (delta.length === 0) return { applied: 0, alreadyApplied: 0 };
  return repos.rollups.applyDelta(change.recordId, delta);
}
