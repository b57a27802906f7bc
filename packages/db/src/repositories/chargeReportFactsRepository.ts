import type { ChargeReportFacts } from '@casefile/core';
import type { StoredChargeReportFacts } from '../entities/chargeReportFacts';
import { chunksOf, mapInParallel } from '../inParallel';
import type { RepositoryContext } from './context';
import { isConditionFailure } from './errors';
import { writeTransaction } from './transactionWrite';

/** One create per charge: DynamoDB's 100 operations per transaction. */
const RECORDS_PER_TRANSACTION = 100;
const RECORD_CONCURRENCY = 4;

/** The report facts recorded for each charge (R3): read, recorded once, or all listed for a rebuild. */
export function createChargeReportFactsRepository(ctx: RepositoryContext) {
  const { chargeReportFacts } = ctx.service.entities;

  return {
    async get(chargeId: string): Promise<ChargeReportFacts | undefined> {
      const result = await chargeReportFacts.get({ clinicId: ctx.clinicId, chargeId }).go({ consistent: true });
      return result.data ? factsOf(result.data) : undefined;
    },

    /**
     * Records a charge's facts unless some are recorded already, and answers the facts that stand:
     * a concurrent first sight that lost the race gets the winner's facts.
     */
    async record(chargeId: string, facts: ChargeReportFacts): Promise<ChargeReportFacts> {
      try {
        await chargeReportFacts.create({ clinicId: ctx.clinicId, chargeId, ...facts }).go();
        return facts;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        const stored = await this.get(chargeId);
        if (!stored) throw error;
        return stored;
      }
    },

    /**
     * Records many charges' facts as `record` does, up to 100 per transaction and several transactions
     * in flight (a rebuild's first sight of a bulk of charges). A transaction canceled because some
     * charge has facts already falls back to `record` one charge at a time. Answers the facts that stand.
     */
    async recordMany(entries: readonly { chargeId: string; facts: ChargeReportFacts }[], concurrency = RECORD_CONCURRENCY): Promise<Map<string, ChargeReportFacts>> {
      const standing = new Map<string, ChargeReportFacts>();
      await mapInParallel(chunksOf(entries, RECORDS_PER_TRANSACTION), concurrency, async (chunk) => {
        const result = await writeTransaction(ctx, (entities) => chunk.map(({ chargeId, facts }) => entities.chargeReportFacts.create({ clinicId: ctx.clinicId, chargeId, ...facts }).commit()));
        if (result.written) for (const { chargeId, facts } of chunk) standing.set(chargeId, facts);
        else for (const { chargeId, facts } of chunk) standing.set(chargeId, await this.record(chargeId, facts));
      });
      return standing;
    },

    /** Every charge's recorded facts in the clinic, by charge id: one Query, every page. */
    async listAll(): Promise<Map<string, ChargeReportFacts>> {
      const result = await chargeReportFacts.query.primary({ clinicId: ctx.clinicId }).go({ pages: 'all' });
      return new Map(result.data.map((item) => [item.chargeId, factsOf(item)]));
    },
  };
}

function factsOf(item: StoredChargeReportFacts): ChargeReportFacts {
  return { locationId: item.locationId, sessionId: item.sessionId, referralSource: item.referralSource, payerKind: item.payerKind };
}
