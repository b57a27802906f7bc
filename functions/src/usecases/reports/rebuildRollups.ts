import { bucketKey, ROLLUP_COUNTERS, ROLLUP_FAMILIES, type RollupBucket, rollupsOf } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';
import { clinicTimeZone } from './clinicTimeZone';
import { attachChargeReportFacts } from './rebuildChargeReportFacts';

export interface RebuildOutcome {
  /** Buckets already equal to the recomputation (what a re-run after an interruption skips). */
  unchanged: number;
  replaced: number;
  /** Buckets a delta touched while the rebuild ran: run the rebuild again to settle them. */
  conflicts: number;
  /** Charges whose report facts were recorded by this run (never seen by the consumer). */
  recordedFacts: number;
}

/**
 * Recomputes a clinic's rollups from its source documents (after a bug fix in a contribution) and
 * replaces every bucket that differs, each on the condition that no delta landed on it meanwhile.
 * Idempotent (a second run replaces nothing) and resumable (an interrupted run is finished by running
 * it again: finished buckets compare equal). Run it while the rollups consumer is caught up: a record
 * still queued for a change the documents already show would be counted again.
 */
export async function rebuildRollups(repos: Pick<ClinicRepositories, 'clinicId' | 'clinic' | 'rollups' | 'chargeReportFacts' | 'calendars'>, now: Date, say: (line: string) => void = () => {}): Promise<RebuildOutcome> {
  const timeZone = await clinicTimeZone(repos, now);
  const { sources, recorded } = await attachChargeReportFacts(repos, await repos.rollups.listSources());
  say(`read ${sources.length} source documents; local days in ${timeZone}; recorded the report facts of ${recorded} charges never seen`);
  const target = rollupsOf(sources, timeZone);
  const outcome: RebuildOutcome = { unchanged: 0, replaced: 0, conflicts: 0, recordedFacts: recorded };
  for (const family of ROLLUP_FAMILIES) {
    const stored = new Map((await repos.rollups.listAll(family)).map((bucket) => [bucketKey(bucket), bucket]));
    const keys = new Set([...stored.keys(), ...[...target.keys()].filter((key) => target.get(key)?.family === family)]);
    for (const key of keys) {
      const current = stored.get(key);
      const wanted: RollupBucket = target.get(key) ?? { ...(current as RollupBucket), counters: {} };
      if (current && sameCounters(current, wanted)) {
        outcome.unchanged++;
        continue;
      }
      const result = await repos.rollups.replaceBucket(wanted, current?.revision);
      if ('written' in result) outcome.replaced++;
      else outcome.conflicts++;
    }
    say(`${family}: ${keys.size} buckets checked`);
  }
  return outcome;
}

function sameCounters(a: RollupBucket, b: RollupBucket): boolean {
  return ROLLUP_COUNTERS.every((name) => (a.counters[name] ?? 0) === (b.counters[name] ?? 0));
}
