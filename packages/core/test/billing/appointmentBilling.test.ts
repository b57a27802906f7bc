import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AppointmentBillingRecord,
  type AppointmentForBilling,
  type AuthorizationRecord,
  type BillingItem,
  type ChargeRecord,
  type InvoiceRecord,
  isAppointmentBillingCurrent,
  type NewCharge,
  planAppointmentBilling,
} from '../../src';
import { anInvoice, clientPayer, insurerPayer } from './billingFixtures';

const NOW = '2026-03-10T15:00:00.000Z';
const STAMP = { createdAt: NOW, updatedAt: NOW, createdBy: 'billing', updatedBy: 'billing' };
const policy = { noShowFeeItemId: 'item-noshow', lateCancelFeeItemId: null, taxRates: [{ code: 'HST', name: 'HST', basisPoints: 1300 }], remainingVisitsAlertThreshold: 2 };
const item = (billingItemId: string, unitPriceMinor: number): BillingItem =>
  ({ billingItemId, code: billingItemId.toUpperCase(), description: billingItemId, unitPriceMinor, taxCodes: ['HST'], active: true, ...STAMP }) as BillingItem;
const items = [item('item-visit', 10_000), item('item-noshow', 4000)];
const authorization: AuthorizationRecord = { authorizationId: 'auth-1', payerId: insurerPayer.payerId, approvedVisits: 3, usedVisits: 0, usedAmountMinor: 0, validFrom: '2026-01-01', validTo: '2026-12-31' };

function appointment(status: string, statusChangedAt = '2026-03-10T14:00:00.000Z'): AppointmentForBilling {
  return { appointmentId: '01APPT0000000000000000000A', caseId: '01CASE00000000000000000001', clientId: '01CLIENT000000000000000001', status, statusChangedAt, billingItemIds: ['item-visit'], serviceDate: '2026-03-10' };
}

/** Applies a plan the way storage would: what the next reconcile reads back. */
function apply(world: World, plan: ReturnType<typeof planAppointmentBilling<ChargeRecord, InvoiceRecord, AuthorizationRecord>>): World {
  const charges = new Map(world.charges.map((charge) => [charge.chargeId, charge]));
  for (const created of plan.newCharges) charges.set(created.chargeId, stamped(created));
  for (const { next } of plan.charges) charges.set(next.chargeId, next);
  const invoices = new Map(world.invoices.map((invoice) => [invoice.invoiceId, invoice]));
  for (const { next } of plan.invoices) invoices.set(next.invoiceId, next);
  return { state: plan.state, charges: [...charges.values()], invoices: [...invoices.values()], payers: plan.caseBilling?.payers ?? world.payers, authorizations: plan.caseBilling?.authorizations ?? world.authorizations };
}

const stamped = (charge: NewCharge): ChargeRecord => ({ ...charge, ...STAMP });

interface World {
  state: AppointmentBillingRecord | undefined;
  charges: ChargeRecord[];
  invoices: InvoiceRecord[];
  payers: typeof clientPayer[];
  authorizations: AuthorizationRecord[];
}

function plan(world: World, status: string, statusChangedAt?: string) {
  const active = new Set(world.state?.active?.chargeIds ?? []);
  return planAppointmentBilling({
    appointment: appointment(status, statusChangedAt),
    policy,
    state: world.state,
    caseBilling: { payers: world.payers, authorizations: world.authorizations },
    activeCharges: world.charges.filter((charge) => active.has(charge.chargeId)),
    invoices: world.invoices,
    items,
    now: NOW,
  });
}

const empty = (payers = [insurerPayer, clientPayer]): World => ({ state: undefined, charges: [], invoices: [], payers, authorizations: [authorization] });

describe('planAppointmentBilling', () => {
  it('an arrival charges each payer its share and consumes an authorized visit', () => {
    const planned = plan(empty(), 'arrived');
    expect(planned.newCharges.map((charge) => [charge.payerId, charge.totalMinor, charge.status])).toEqual([
      [insurerPayer.payerId, 9040, 'open'],
      [clientPayer.payerId, 2260, 'open'],
    ]);
    expect(planned.state.active).toMatchObject({ kind: 'arrival', authorizations: [{ authorizationId: 'auth-1', amountMinor: 9040 }] });
    expect(planned.caseBilling?.authorizations[0]).toMatchObject({ usedVisits: 1, usedAmountMinor: 9040 });
  });

  it('gives the same charge ids for the same status change (a redelivered record writes onto them)', () => {
    expect(plan(empty(), 'arrived').newCharges.map((charge) => charge.chargeId)).toEqual(plan(empty(), 'arrived').newCharges.map((charge) => charge.chargeId));
  });

  it('adds the client as payer of a case with none', () => {
    const planned = plan(empty([]), 'arrived');
    expect(planned.caseBilling?.payers).toEqual([expect.objectContaining({ kind: 'client', coverage: { kind: 'remainder' } })]);
    expect(planned.newCharges).toHaveLength(1);
  });

  it('a rollback removes open charges, credits invoiced ones and gives the visit back', () => {
    const arrived = apply(empty(), plan(empty(), 'arrived'));
    const [insurerCharge, clientCharge] = arrived.charges;
    const issued = anInvoice({ invoiceId: 'inv-1', payerId: insurerPayer.payerId, lines: [], subtotalMinor: 8000, taxByCode: { HST: 1040 }, taxMinor: 1040, totalMinor: 9040 });
    const world: World = { ...arrived, charges: [{ ...insurerCharge!, status: 'invoiced', invoiceId: 'inv-1' }, clientCharge!], invoices: [issued] };
    const planned = plan(world, 'scheduled', '2026-03-10T14:30:00.000Z');
    expect(planned.charges.map(({ next }) => [next.payerId, next.status])).toEqual([
      [insurerPayer.payerId, 'credited'],
      [clientPayer.payerId, 'removed'],
    ]);
    expect(planned.invoices[0]!.next).toMatchObject({ creditedMinor: 9040, status: 'paid' });
    expect(planned.creditNoteIds).toHaveLength(1);
    expect(planned.journal.map((posting) => posting.entry.source)).toEqual(['credit_note']);
    expect(planned.caseBilling?.authorizations[0]).toMatchObject({ usedVisits: 0, usedAmountMinor: 0 });
    expect(planned.state).toMatchObject({ active: null, history: [{ kind: 'arrival' }] });
  });

  it('a draft just loses the line', () => {
    const arrived = apply(empty(), plan(empty(), 'arrived'));
    const charge = arrived.charges[1]!;
    const line = { chargeId: charge.chargeId, code: charge.code, description: charge.description, serviceDate: charge.serviceDate, quantity: 1, unitPriceMinor: 2000, subtotalMinor: 2000, taxByCode: { HST: 260 }, totalMinor: 2260 };
    const draft = anInvoice({ invoiceId: 'inv-d', status: 'draft', lines: [line], subtotalMinor: 2000, taxByCode: { HST: 260 }, taxMinor: 260, totalMinor: 2260 });
    const planned = plan({ ...arrived, charges: [arrived.charges[0]!, { ...charge, status: 'invoiced', invoiceId: 'inv-d' }], invoices: [draft] }, 'canceled');
    expect(planned.invoices[0]!.next).toMatchObject({ lines: [], totalMinor: 0, subtotalMinor: 0 });
    expect(planned.charges.find(({ next }) => next.chargeId === charge.chargeId)!.next).not.toHaveProperty('invoiceId');
    expect(planned.creditNoteIds).toEqual([]);
  });

  it('converges: after applying its plan, the state is current whatever order the statuses came in', () => {
    const statuses = fc.constantFrom('arrived', 'scheduled', 'no_show', 'canceled', 'paid');
    fc.assert(
      fc.property(fc.array(statuses, { minLength: 1, maxLength: 8 }), (sequence) => {
        let world = empty();
        sequence.forEach((status, index) => {
          world = apply(world, plan(world, status, `2026-03-10T14:0${index}:00.000Z`));
          expect(isAppointmentBillingCurrent(world.state, appointment(status), policy)).toBe(true);
        });
        const live = world.charges.filter((charge) => charge.status === 'open' || charge.status === 'invoiced');
        const last = sequence.at(-1)!;
        const expected = last === 'arrived' || last === 'paid' ? 2 : last === 'no_show' ? 2 : 0;
        expect(live).toHaveLength(expected);
        const used = world.authorizations[0]!.usedVisits;
        expect(used).toBe(last === 'arrived' || last === 'paid' ? 1 : 0);
      }),
    );
  });
});
