import { bucketKey, groupKey, ROLLUP_COUNTERS, ROLLUP_FAMILIES, type RollupBucket, rollupsOf } from '@casefile/core';
import type { BucketReplacement, ClinicRepositories } from '@casefile/db';
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
 * replaces every bucket that differs, each on the condition that no delta landed on it meanwhile
 * (many buckets per transaction, several transactions in flight: a year of a clinic in seconds).
 * Idempotent (a second run replaces nothing) and resumable (an interrupted run is finished by running
 * it again: finished buckets compare equal). Run it while the rollups consumer is caught up: a record
 * still queued for a change the documents already show would be counted again.
 */
export async function rebuildRollups(repos: Pick<ClinicRepositories, 'clinicId' | 'clinic' | 'rollups' | 'chargeReportFacts' | 'calendars'>, now: Date, say: (line: string) => void = () => {}): Promise<RebuildOutcome> {
  const timeZone = await clinicTimeZone(repos, now);
  const documents = await repos.rollups.listSources();
  say(`read ${documents.length} source documents`);
  const { sources, recorded } = await attachChargeReportFacts(repos, documents);
  say(`recorded the report facts of ${recorded} charges never seen; local days in ${timeZone}`);
  const target = rollupsOf(sources, timeZone);
  say(`recomputed ${target.size} buckets`);
  const outcome: RebuildOutcome = { unchanged: 0, replaced: 0, conflicts: 0, recordedFacts: recorded };
  for (const family of ROLLUP_FAMILIES) {
    const replacements: BucketReplacement[] = [];
    const stored = new Map<string, RollupBucket & { revision: number }>();
    for (const bucket of await repos.rollups.listAll(family)) {
      // Kept under a group key its dimensions no longer make (the family's dimensions changed): removed.
      if (bucket.storedGroupKey !== groupKey(bucket)) replacements.push({ bucket, readRevision: bucket.revision, removeStoredGroupKey: bucket.storedGroupKey });
      else stored.set(bucketKey(bucket), bucket);
    }
    const keys = new Set([...stored.keys(), ...[...target.keys()].filter((key) => target.get(key)?.family === family)]);
    for (const key of keys) {
      const current = stored.get(key);
      const wanted: RollupBucket = target.get(key) ?? { ...(current as RollupBucket), counters: {} };
      if (current && sameCounters(current, wanted)) outcome.unchanged++;
      else replacements.push({ bucket: wanted, readRevision: current?.revision });
    }
    const written = await repos.rollups.replaceBuckets(replacements);
    outcome.replaced += written.written;
    outcome.conflicts += written.conflicts;
    say(`${family}: ${keys.size} buckets checked, ${written.written} replaced or removed, ${written.conflicts} conflicts`);
  }
  return outcome;
}

function sameCounters(a: RollupBucket, b: RollupBucket): boolean {
  return ROLLUP_COUNTERS.every((name) => (a.counters[name] ?? 0) === (b.counters[name] ?? 0));
}
