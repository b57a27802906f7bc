import { addDays, bucketKey, groupKey, ROLLUP_COUNTERS, type RollupBucket, type RollupCounters, type RollupFamily, type RollupSource } from '@casefile/core';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { StoredRollup } from '../entities/rollup';
import { chunksOf, mapInParallel } from '../inParallel';
import type { RepositoryContext } from './context';
import { pause, type TransactionEntities, writeTransaction } from './transactionWrite';

/** DynamoDB's 100 operations per transaction: a claim and an ADD per bucket. */
const BUCKETS_PER_TRANSACTION = 50;
/** Claims outlive the stream's 24-hour retention (and Lambda's retries) by a margin. */
const CLAIM_LIFETIME_SECONDS = 3 * 24 * 3600;
const CONFLICT_ATTEMPTS = 10;

export type ApplyOutcome = { applied: number; alreadyApplied: number };
/** A bucket the rebuild sets, and the revision it read (undefined: the bucket was absent). */
export interface BucketReplacement {
  bucket: RollupBucket;
  readRevision: number | undefined;
  /**
   * Delete the stored item rather than set it: a bucket of a shape the family no longer keeps (its
   * stored group key is not the one its dimensions now make), addressed by that stored key.
   */
  removeStoredGroupKey?: string | undefined;
}
/** A stored bucket with its revision and the group key it is stored under. */
export type StoredBucket = RollupBucket & { revision: number; storedGroupKey: string };
export type ReplaceOutcome = { written: number; conflicts: number };

/** The rebuild's replacements carry no claim: a transaction holds DynamoDB's 100 operations, one per bucket. */
const REPLACEMENTS_PER_TRANSACTION = 100;
/** Replacement transactions in flight at once. */
const REPLACE_CONCURRENCY = 4;
/** Parallel segments of the rebuild's Scan of the source documents. */
const SCAN_SEGMENTS = 4;
/** The source documents of the rollups, by their ElectroDB entity name (RollupSource's `entity`). */
const SOURCE_ENTITY_NAMES = { appointment: true, charge: true, invoice: true, payment: true, caseFile: true, caseBilling: true } as const satisfies Record<RollupSource['entity'], true>;
type SourceEntity = keyof typeof SOURCE_ENTITY_NAMES;

/** Report rollups (R1-R5): bucket reads by period, exactly-once delta writes, and the rebuild's replacements. */
export function createRollupRepository(ctx: RepositoryContext) {
  const { rollup } = ctx.service.entities;

  function addOperations(entities: TransactionEntities, recordId: string, buckets: readonly RollupBucket[], expiresAt: number): unknown[] {
    return buckets.flatMap((bucket) => [
      entities.rollupClaim.create({ clinicId: ctx.clinicId, recordId, bucket: bucketKey(bucket), expiresAt }).commit(),
      entities.rollup
        .update({ clinicId: ctx.clinicId, family: bucket.family, day: bucket.day, groupKey: groupKey(bucket) })
        .add({ ...bucket.counters, revision: 1 })
        .set({ dims: bucket.dims })
        .commit(),
    ]);
  }

  function replaceOperation(entities: TransactionEntities, { bucket, readRevision, removeStoredGroupKey }: BucketReplacement): unknown {
    if (removeStoredGroupKey !== undefined) {
      return entities.rollup
        .delete({ clinicId: ctx.clinicId, family: bucket.family, day: bucket.day, groupKey: removeStoredGroupKey })
        .where((attributes, { eq }) => eq(attributes.revision, readRevision ?? 0))
        .commit();
    }
    // Only the bucket's own counters are kept: a report's reads grow with the bytes of its buckets.
    const counters = Object.fromEntries(ROLLUP_COUNTERS.filter((name) => bucket.counters[name]).map((name) => [name, bucket.counters[name]]));
    const zeroed = ROLLUP_COUNTERS.filter((name) => !bucket.counters[name]);
    return entities.rollup
      .update({ clinicId: ctx.clinicId, family: bucket.family, day: bucket.day, groupKey: groupKey(bucket) })
      .set({ ...counters, dims: bucket.dims, revision: (readRevision ?? 0) + 1 })
      .remove(zeroed)
      .where((attributes, { eq, notExists }) => (readRevision === undefined ? notExists(attributes.revision) : eq(attributes.revision, readRevision)))
      .commit();
  }

  return {
    /**
     * Adds one stream record's delta to its buckets, each exactly once: a claim per record and bucket
     * is created in the same transaction as the ADD, so a redelivery finds the claim and adds nothing.
     */
    async applyDelta(recordId: string, buckets: readonly RollupBucket[]): Promise<ApplyOutcome> {
      const outcome: ApplyOutcome = { applied: 0, alreadyApplied: 0 };
      const expiresAt = Math.floor(ctx.now().getTime() / 1000) + CLAIM_LIFETIME_SECONDS;
      for (let index = 0; index < buckets.length; index += BUCKETS_PER_TRANSACTION) {
        const chunk = buckets.slice(index, index + BUCKETS_PER_TRANSACTION);
        for (let attempt = 1; ; attempt++) {
          const result = await writeTransaction(ctx, (entities) => addOperations(entities, recordId, chunk, expiresAt));
          if (result.written) {
            outcome.applied += chunk.length;
            break;
          }
          // A claim's condition failed: this chunk was added by an earlier delivery of the record.
          if (result.codes.includes('ConditionalCheckFailed')) {
            outcome.alreadyApplied += chunk.length;
            break;
          }
          if (attempt >= CONFLICT_ATTEMPTS) throw new Error(`Rollup delta kept conflicting: ${result.codes.join(',')}`);
          await pause(Math.random() * 20 * attempt);
        }
      }
      return outcome;
    },

    /** A family's buckets on the local days `from` to `to`, both included: one Query, every page. */
    async listBuckets(family: RollupFamily, from: string, to: string): Promise<RollupBucket[]> {
      // The sort key is day#group: bound it by the next day so the last day's groups are all in.
      const result = await rollup.query.primary({ clinicId: ctx.clinicId, family }).between({ day: from }, { day: addDays(to, 1) }).go({ pages: 'all' });
      return result.data.filter((item) => item.day >= from && item.day <= to).map(toBucket);
    },

    /** Every stored bucket of a family with its revision and stored group key: what a rebuild compares with. */
    async listAll(family: RollupFamily): Promise<StoredBucket[]> {
      const result = await rollup.query.primary({ clinicId: ctx.clinicId, family }).go({ pages: 'all' });
      return result.data.map((item) => ({ ...toBucket(item), revision: item.revision ?? 0, storedGroupKey: item.groupKey }));
    },

    /**
     * Every appointment, charge, invoice, payment, case and case billing of the clinic, for a rebuild:
     * one Scan of the table in parallel segments, filtered to the clinic and these entities (an
     * operator's command, never a request path), each item read back by its own entity.
     */
    async listSources(segments = SCAN_SEGMENTS): Promise<RollupSource[]> {
      const { entities, documentClient, tableName } = ctx.service;
      const names = Object.keys(SOURCE_ENTITY_NAMES) as SourceEntity[];
      const raw = new Map<SourceEntity, Record<string, unknown>[]>(names.map((name) => [name, []]));
      const values = Object.fromEntries(names.map((name, index) => [`:e${index}`, name]));
      await Promise.all(
        Array.from({ length: segments }, async (_, segment) => {
          let cursor: Record<string, unknown> | undefined;
          do {
            const page = await documentClient.send(
              new ScanCommand({
                TableName: tableName,
                Segment: segment,
                TotalSegments: segments,
                FilterExpression: `#clinic = :clinic AND #entity IN (${Object.keys(values).join(', ')})`,
                ExpressionAttributeNames: { '#clinic': 'clinicId', '#entity': '__edb_e__' },
                ExpressionAttributeValues: { ':clinic': ctx.clinicId, ...values },
                ExclusiveStartKey: cursor,
              }),
            );
            for (const item of page.Items ?? []) {
              const name = item.__edb_e__ as SourceEntity;
              if (item.__edb_v__ === entities[name].schema.model.version) raw.get(name)?.push(item);
            }
            cursor = page.LastEvaluatedKey;
          } while (cursor);
        }),
      );
      const items = (name: SourceEntity) => ({ Items: raw.get(name) ?? [] });
      return [
        ...entities.appointment.parse(items('appointment')).data.map((item): RollupSource => ({ entity: 'appointment', item })),
        ...entities.charge.parse(items('charge')).data.map((item): RollupSource => ({ entity: 'charge', item })),
        ...entities.invoice.parse(items('invoice')).data.map((item): RollupSource => ({ entity: 'invoice', item })),
        ...entities.payment.parse(items('payment')).data.map((item): RollupSource => ({ entity: 'payment', item })),
        ...entities.caseFile.parse(items('caseFile')).data.map((item): RollupSource => ({ entity: 'caseFile', item })),
        ...entities.caseBilling.parse(items('caseBilling')).data.map((item): RollupSource => ({ entity: 'caseBilling', item })),
      ];
    },

    /**
     * Sets buckets' counters outright, each only if its revision is still the one read (or it is still
     * absent): a delta added meanwhile makes that bucket a conflict, and the rebuild reads and decides
     * again. Up to 100 buckets per transaction, several transactions in flight; a canceled transaction
     * names the buckets whose condition failed, and the others are written again without them.
     */
    async replaceBuckets(replacements: readonly BucketReplacement[], concurrency = REPLACE_CONCURRENCY): Promise<ReplaceOutcome> {
      const outcome: ReplaceOutcome = { written: 0, conflicts: 0 };
      const replaceChunk = async (chunk: BucketReplacement[]): Promise<void> => {
        let pending = chunk;
        for (let attempt = 1; pending.length > 0; attempt++) {
          const result = await writeTransaction(ctx, (entities) => pending.map((replacement) => replaceOperation(entities, replacement)));
          if (result.written) {
            outcome.written += pending.length;
            return;
          }
          if (result.codes.length === pending.length) {
            // Each operation's code: a failed condition is a conflict; the others were only canceled with it.
            const failed = pending.filter((_, index) => result.codes[index] === 'ConditionalCheckFailed');
            outcome.conflicts += failed.length;
            pending = pending.filter((_, index) => result.codes[index] !== 'ConditionalCheckFailed');
            if (failed.length > 0) continue;
          } else if (pending.length > 1 && attempt >= CONFLICT_ATTEMPTS) {
            // A cancellation that names no operation, again and again: settle the buckets one by one.
            for (const replacement of pending) await replaceChunk([replacement]);
            return;
          }
          if (attempt >= CONFLICT_ATTEMPTS) {
            outcome.conflicts += pending.length;
            return;
          }
          await pause(Math.random() * 20 * attempt);
        }
      };
      await mapInParallel(chunksOf(replacements, REPLACEMENTS_PER_TRANSACTION), concurrency, replaceChunk);
      return outcome;
    },
  };
}

function toBucket(item: StoredRollup): RollupBucket {
  const counters: RollupCounters = {};
  for (const name of ROLLUP_COUNTERS) {
    const value = item[name];
    if (typeof value === 'number' && value !== 0) counters[name] = value;
  }
  return { family: item.family, day: item.day, dims: item.dims ?? {}, counters };
}
