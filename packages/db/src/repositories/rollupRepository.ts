import { addDays, bucketKey, groupKey, ROLLUP_COUNTERS, type RollupBucket, type RollupCounters, type RollupFamily, type RollupSource } from '@casefile/core';
import type { StoredRollup } from '../entities/rollup';
import type { RepositoryContext } from './context';
import { pause, type TransactionEntities, writeTransaction } from './transactionWrite';

/** DynamoDB's 100 operations per transaction: a claim and an ADD per bucket. */
const BUCKETS_PER_TRANSACTION = 50;
/** Claims outlive the stream's 24-hour retention (and Lambda's retries) by a margin. */
const CLAIM_LIFETIME_SECONDS = 3 * 24 * 3600;
const CONFLICT_ATTEMPTS = 10;

export type ApplyOutcome = { applied: number; alreadyApplied: number };
export type ReplaceOutcome = { written: true } | { conflict: true };

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

    /** Every stored bucket of a family with its revision: what a rebuild compares with. */
    async listAll(family: RollupFamily): Promise<(RollupBucket & { revision: number })[]> {
      const result = await rollup.query.primary({ clinicId: ctx.clinicId, family }).go({ pages: 'all' });
      return result.data.map((item) => ({ ...toBucket(item), revision: item.revision ?? 0 }));
    },

    /**
     * Every appointment, charge, invoice, payment, case and case billing of the clinic, for a rebuild: a Scan filtered to
     * the clinic (an operator's command, never a request path), page by page.
     */
    async listSources(): Promise<RollupSource[]> {
      const { appointment, charge, invoice, payment, caseFile, caseBilling } = ctx.service.entities;
      const ofClinic = <T extends { clinicId: string }>(items: T[]) => items.filter((item) => item.clinicId === ctx.clinicId);
      const [appointments, charges, invoices, payments, cases, caseBillings] = await Promise.all([
        appointment.scan.where(({ clinicId }, { eq }) => eq(clinicId, ctx.clinicId)).go({ pages: 'all' }),
        charge.scan.where(({ clinicId }, { eq }) => eq(clinicId, ctx.clinicId)).go({ pages: 'all' }),
        invoice.scan.where(({ clinicId }, { eq }) => eq(clinicId, ctx.clinicId)).go({ pages: 'all' }),
        payment.scan.where(({ clinicId }, { eq }) => eq(clinicId, ctx.clinicId)).go({ pages: 'all' }),
        caseFile.scan.where(({ clinicId }, { eq }) => eq(clinicId, ctx.clinicId)).go({ pages: 'all' }),
        caseBilling.scan.where(({ clinicId }, { eq }) => eq(clinicId, ctx.clinicId)).go({ pages: 'all' }),
      ]);
      return [
        ...ofClinic(appointments.data).map((item): RollupSource => ({ entity: 'appointment', item })),
        ...ofClinic(charges.data).map((item): RollupSource => ({ entity: 'charge', item })),
        ...ofClinic(invoices.data).map((item): RollupSource => ({ entity: 'invoice', item })),
        ...ofClinic(payments.data).map((item): RollupSource => ({ entity: 'payment', item })),
        ...ofClinic(cases.data).map((item): RollupSource => ({ entity: 'caseFile', item })),
        ...ofClinic(caseBillings.data).map((item): RollupSource => ({ entity: 'caseBilling', item })),
      ];
    },

    /**
     * Sets a bucket's counters outright, only if its revision is still the one read (or it is still
     * absent): a delta added meanwhile makes this a conflict, and the rebuild reads and decides again.
     */
    async replaceBucket(bucket: RollupBucket, readRevision: number | undefined): Promise<ReplaceOutcome> {
      const keys = { clinicId: ctx.clinicId, family: bucket.family, day: bucket.day, groupKey: groupKey(bucket) };
      const counters = Object.fromEntries(ROLLUP_COUNTERS.map((name) => [name, bucket.counters[name] ?? 0]));
      const result = await writeTransaction(ctx, (entities) => [
        entities.rollup
          .update(keys)
          .set({ ...counters, dims: bucket.dims, revision: (readRevision ?? 0) + 1 })
          .where((attributes, { eq, notExists }) => (readRevision === undefined ? notExists(attributes.revision) : eq(attributes.revision, readRevision)))
          .commit(),
      ]);
      return result.written ? { written: true } : { conflict: true };
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
