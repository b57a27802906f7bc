import {
  assertKnownTaxCodes,
  type Charge,
  ConflictError,
  type CreateCharge,
  NotFoundError,
  type Payer,
  type PayerShareInput,
  priceLine,
  splitPriced,
  type UpdateCharge,
  ValidationError,
} from '@casefile/core';
import { type RepositoryContext, stampNew, stampUpdate } from './context';
import { chargeItem, openCharges, type StoredCharge, toCharge } from './billingRecords';
import { createBillingSetupRepository } from './billingSetupRepository';
import { concurrentChange, isConditionFailure } from './errors';
import { readRetryingConflicts, writeTransaction } from './transactionWrite';

export function activePayerShares(payers: readonly Payer[]): PayerShareInput[] {
  return payers.filter((payer) => payer.active).map((payer) => ({ payerId: payer.payerId, coverage: payer.coverage }));
}

/** Charges on a case file (B2): read per case or appointment, added by hand, edited until invoiced. */
export function createChargeRepository(ctx: RepositoryContext) {
  const { charge } = ctx.service.entities;
  const keysOf = (chargeId: string) => ({ clinicId: ctx.clinicId, chargeId });
  const setup = createBillingSetupRepository(ctx);

  async function get(chargeId: string): Promise<StoredCharge> {
    const result = await readRetryingConflicts(() => charge.get(keysOf(chargeId)).go({ consistent: true }));
    if (!result.data) throw new NotFoundError('Charge');
    return result.data as unknown as StoredCharge;
  }

  return {
    get,

    /** Several charges by id, strongly consistent; missing ones are left out. */
    async getMany(chargeIds: readonly string[]): Promise<StoredCharge[]> {
      if (chargeIds.length === 0) return [];
      const result = await readRetryingConflicts(() => charge.get([...new Set(chargeIds)].map(keysOf)).go({ consistent: true }));
      return result.data.filter(Boolean) as unknown as StoredCharge[];
    },

    /** Every charge of a case (gsi1, one Query that grows with the case only). */
    async listForCase(caseId: string): Promise<StoredCharge[]> {
      const result = await readRetryingConflicts(() => charge.query.byCase({ clinicId: ctx.clinicId, caseId }).go({ pages: 'all' }));
      return result.data as unknown as StoredCharge[];
    },

    /** Every charge of an appointment (gsi2, sparse). */
    async listForAppointment(appointmentId: string): Promise<StoredCharge[]> {
      const result = await readRetryingConflicts(() => charge.query.byAppointment({ clinicId: ctx.clinicId, appointmentKey: appointmentId }).go({ pages: 'all' }));
      return result.data as unknown as StoredCharge[];
    },

    /** An extra charge by hand: for one payer, or split across the case's payers by their coverage. */
    async createManual(caseId: string, input: CreateCharge): Promise<Charge[]> {
      const [billing, policy] = await Promise.all([setup.caseBilling(caseId), setup.policy()]);
      const item = await setup.getItem(input.billingItemId).catch(() => {
        throw new ValidationError('Unknown billing item.', [{ path: 'body.billingItemId', message: 'No such billing item.' }]);
      });
      const priced = priceLine({ quantity: input.quantity, unitPriceMinor: input.unitPriceMinor ?? item.unitPriceMinor, taxCodes: item.taxCodes }, policy.taxRates, 'body');
      let shares: PayerShareInput[];
      if (input.payerId) {
        if (!billing.payers.some((payer) => payer.payerId === input.payerId)) throw new ValidationError('Unknown payer.', [{ path: 'body.payerId', message: 'Not a payer of this case.' }]);
        shares = [{ payerId: input.payerId, coverage: { kind: 'remainder' } }];
      } else {
        shares = activePayerShares(billing.payers);
        if (shares.length === 0) throw new ValidationError('The case has no payer to charge.', [{ path: 'body.payerId', message: 'Add a payer to the case, or name one.' }]);
      }
      const meta = stampNew(ctx);
      const origin = {
        caseId,
        clientId: billing.clientId,
        ...(input.appointmentId ? { appointmentId: input.appointmentId } : {}),
        source: 'manual' as const,
        serviceDate: input.serviceDate,
        ...(input.providerMemberId ? { providerMemberId: input.providerMemberId } : {}),
        quantity: input.quantity,
        unitPriceMinor: input.unitPriceMinor ?? item.unitPriceMinor,
      };
      const charges = openCharges(ctx, item, origin, splitPriced(priced, shares), () => ctx.newId(), meta);
      const outcome = await writeTransaction(ctx, (entities) => charges.map((item) => entities.charge.create(chargeItem(item) as never).commit()));
      if (!outcome.written) throw new ConflictError('The charges could not be saved; try again.', 'concurrent_change');
      return charges.map(toCharge);
    },

    /** Amount, quantity, provider, payer or taxes of a charge not yet invoiced; repriced from its own unit price. */
    async update(chargeId: string, patch: UpdateCharge): Promise<Charge> {
      const current = await get(chargeId);
      if (current.status !== 'open') {
        throw new ConflictError(`The charge is ${current.status}; only charges not yet invoiced can change.`, 'charge_not_editable', { status: current.status });
      }
      const [billing, policy] = await Promise.all([setup.caseBilling(current.caseId), setup.policy()]);
      if (patch.payerId && !billing.payers.some((payer) => payer.payerId === patch.payerId)) {
        throw new ValidationError('Unknown payer.', [{ path: 'body.payerId', message: 'Not a payer of this case.' }]);
      }
      if (patch.taxCodes) assertKnownTaxCodes(patch.taxCodes, policy.taxRates, 'body.taxCodes');
      const quantity = patch.quantity ?? current.quantity;
      const unitPriceMinor = patch.unitPriceMinor ?? current.unitPriceMinor;
      const taxCodes = patch.taxCodes ?? current.taxCodes;
      const priced = priceLine({ quantity, unitPriceMinor, taxCodes }, policy.taxRates, 'body');
      const next: StoredCharge = {
        ...current,
        quantity,
        unitPriceMinor,
        taxCodes,
        subtotalMinor: priced.subtotalMinor,
        taxByCode: priced.taxByCode,
        taxMinor: priced.taxMinor,
        totalMinor: priced.totalMinor,
        ...(patch.payerId ? { payerId: patch.payerId } : {}),
        ...stampUpdate(ctx, current),
      };
      if (patch.providerMemberId === null) delete next.providerMemberId;
      else if (patch.providerMemberId) next.providerMemberId = patch.providerMemberId;
      try {
        await charge
          .put(chargeItem(next) as never)
          .where(({ version, status }, { eq }) => `${eq(version, current.version)} AND ${eq(status, 'open')}`)
          .go();
      } catch (error) {
        if (isConditionFailure(error)) throw concurrentChange('charge', error);
        throw error;
      }
      return toCharge(next);
    },
  };
}

export type ChargeRepository = ReturnType<typeof createChargeRepository>;
