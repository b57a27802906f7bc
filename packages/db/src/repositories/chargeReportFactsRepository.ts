import type { ChargeReportFacts } from '@casefile/core';
import type { StoredChargeReportFacts } from '../entities/chargeReportFacts';
import type { RepositoryContext } from './context';
import { isConditionFailure } from './errors';

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
