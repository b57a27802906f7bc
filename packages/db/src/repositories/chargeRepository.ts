import { NotFoundError } from '@casefile/core';
import type { StoredCharge } from './billingRecords';
import type { RepositoryContext } from './context';
import { readRetryingConflicts } from './transactionWrite';

/** Charges on a case file (B2): read per id, case or appointment. Written through `billingWrites`. */
export function createChargeRepository(ctx: RepositoryContext) {
  const { charge } = ctx.service.entities;
  const keysOf = (chargeId: string) => ({ clinicId: ctx.clinicId, chargeId });

  return {
    async get(chargeId: string): Promise<StoredCharge> {
      const result = await readRetryingConflicts(() => charge.get(keysOf(chargeId)).go({ consistent: true }));
      if (!result.data) throw new NotFoundError('Charge');
      return result.data;
    },

    /** Several charges by id, strongly consistent; missing ones are left out. */
    async getMany(chargeIds: readonly string[]): Promise<StoredCharge[]> {
      if (chargeIds.length === 0) return [];
      const result = await readRetryingConflicts(() => charge.get([...new Set(chargeIds)].map(keysOf)).go({ consistent: true }));
      return result.data.filter((item): item is StoredCharge => Boolean(item));
    },

    /** Every charge of a case (gsi1, one Query that grows with the case only). */
    async listForCase(caseId: string): Promise<StoredCharge[]> {
      const result = await readRetryingConflicts(() => charge.query.byCase({ clinicId: ctx.clinicId, caseId }).go({ pages: 'all' }));
      return result.data;
    },

    /** Every charge of an appointment (gsi2, sparse). */
    async listForAppointment(appointmentId: string): Promise<StoredCharge[]> {
      const result = await readRetryingConflicts(() => charge.query.byAppointment({ clinicId: ctx.clinicId, appointmentKey: appointmentId }).go({ pages: 'all' }));
      return result.data;
    },
  };
}

export type ChargeRepository = ReturnType<typeof createChargeRepository>;
