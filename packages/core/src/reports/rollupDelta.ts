import { mergeBuckets, type RollupBucket } from './rollupModel';
import { contributionsOf } from './rollupContributions';
import type { RollupSource } from './rollupSources';

/**
 * The change one stream record makes to the rollups: what the new image contributes minus what the
 * old one did, by bucket, without buckets that net to zero. Summed over any set of records of an item
 * it telescopes to (last image - first image), so the order records arrive in does not matter; applying
 * each record once is the storage side's job (a claim per record and bucket).
 */
export function rollupDelta(before: RollupSource | undefined, after: RollupSource | undefined, timeZone: string): RollupBucket[] {
  const added = after ? contributionsOf(after, timeZone) : [];
  const removed = before ? contributionsOf(before, timeZone).map((bucket) => ({ ...bucket, counters: negate(bucket.counters) })) : [];
  return [...mergeBuckets([...added, ...removed]).values()];
}

/** The rollups of a set of documents as they stand: what a rebuild writes. */
export function rollupsOf(sources: Iterable<RollupSource>, timeZone: string): Map<string, RollupBucket> {
  const all: RollupBucket[] = [];
  for (const source of sources) all.push(...contributionsOf(source, timeZone));
  return mergeBuckets(all);
}

function negate(counters: RollupBucket['counters']): RollupBucket['counters'] {
  return Object.fromEntries(Object.entries(counters).map(([name, value]) => [name, -value]));
}
