/**
 * The billing transaction on DynamoDB Local: a decided plan is written whole or not at all, each
 * change conditioned on the version it was decided from, a numbered write takes consecutive numbers,
 * and a lost race comes back as `{ conflict }` rather than an exception.
 */
import { randomUUID } from 'node:crypto';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { type JournalPosting, type NewCharge, type NewInvoice } from '@casefile/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalDynamoDbClient } from '../../../hosts/local/src/localClients';
import { ensureTable } from '../../../hosts/local/src/tableSetup';
import { dynamoEndpoint } from '../../../test/setup/fileDynamo';
import { type ClinicRepositories, createClinicRepositories, createDocumentClient, createService } from '../src';

let endpoint: string;
let tableName: string;
let repos: ClinicRepositories;
let ids = 0;
const newId = () => `01TEST${String(++ids).padStart(20, '0')}`;

beforeAll(async () => {
  endpoint = await dynamoEndpoint();
  tableName = `billing-writes-${randomUUID()}`;
  await ensureTable(createLocalDynamoDbClient(endpoint), tableName);
  const service = createService(createDocumentClient(endpoint), tableName);
  repos = createClinicRepositories({ service, clinicId: 'clinic-1', actor: 'tester', now: () => new Date('2026-03-10T12:00:00.000Z'), newId });
});
afterAll(async () => {
  await createLocalDynamoDbClient(endpoint).send(new DeleteTableCommand({ TableName: tableName }));
});

function aNewCharge(overrides: Partial<NewCharge> = {}): NewCharge {
  return {
    chargeId: newId(),
    caseId: 'case-1',
    clientId: 'client-1',
    payerId: 'payer-1',
    source: 'manual',
    status: 'open',
    code: 'PT',
    description: 'Physiotherapy',
    serviceDate: '2026-03-02',
    quantity: 1,
    unitPriceMinor: 10_000,
    taxCodes: [],
    subtotalMinor: 10_000,
    taxByCode: {},
    taxMinor: 0,
    totalMinor: 10_000,
    ...overrides,
  };
}

function aNewInvoice(invoiceNumber: number, chargeIds: string[]): NewInvoice {
  return {
    invoiceId: newId(),
    invoiceNumber,
    invoiceLabel: `INV-${invoiceNumber}`,
    caseId: 'case-1',
    clientId: 'client-1',
    payerId: 'payer-1',
    payerName: 'Client',
    currency: 'CAD',
    status: 'draft',
    lines: chargeIds.map((chargeId) => ({ chargeId, code: 'PT', description: 'Physiotherapy', serviceDate: '2026-03-02', quantity: 1, unitPriceMinor: 10_000, subtotalMinor: 10_000, taxByCode: {}, totalMinor: 10_000 })),
    subtotalMinor: 10_000 * chargeIds.length,
    taxByCode: {},
    taxMinor: 0,
    totalMinor: 10_000 * chargeIds.length,
    paidMinor: 0,
    creditedMinor: 0,
    creditNotes: [],
  };
}

const posting = (sourceId: string, amount: number): JournalPosting => ({
  entry: { source: 'invoice', sourceId, postedAt: '2026-03-10T12:00:00.000Z', lines: [{ account: 'receivable:payer-1', debitMinor: amount, creditMinor: 0 }, { account: 'revenue', debitMinor: 0, creditMinor: amount }] },
  clientId: 'client-1',
  caseIds: ['case-1'],
});

describe('billingWrites', () => {
  it('creates charges stamped and keyed, and reads them back by case and appointment', async () => {
    const charges = [aNewCharge(), aNewCharge({ appointmentId: 'appt-1' })];
    const outcome = await repos.billingWrites.write({ newCharges: charges });
    expect(outcome).toMatchObject({ ok: true });
    const stored = await repos.charges.getMany(charges.map((charge) => charge.chargeId));
    expect(stored.map((charge) => [charge.clinicId, charge.version, charge.createdBy])).toEqual([
      ['clinic-1', 1, 'tester'],
      ['clinic-1', 1, 'tester'],
    ]);
    expect((await repos.charges.listForAppointment('appt-1')).map((charge) => charge.chargeId)).toEqual([charges[1]!.chargeId]);
  });

  it('numbers an invoice and marks its charges in one transaction', async () => {
    const created = aNewCharge();
    await repos.billingWrites.write({ newCharges: [created] });
    const charge = await repos.charges.get(created.chargeId);
    let invoiceId = '';
    const outcome = await repos.billingWrites.writeNumbered('invoiceNumber', 1, (invoiceNumber) => {
      const invoice = aNewInvoice(invoiceNumber, [charge.chargeId]);
      invoiceId = invoice.invoiceId;
      return { newInvoice: invoice, charges: [{ before: charge, next: { ...charge, status: 'invoiced', invoiceId } }] };
    });
    expect(outcome).toMatchObject({ ok: true, first: 1 });
    expect(await repos.invoices.get(invoiceId)).toMatchObject({ invoiceNumber: 1, version: 1 });
    expect(await repos.charges.get(charge.chargeId)).toMatchObject({ status: 'invoiced', invoiceId, version: 2 });
  });

  it('writes nothing of a plan decided from a stale version, and says so', async () => {
    const created = aNewCharge();
    await repos.billingWrites.write({ newCharges: [created] });
    const read = await repos.charges.get(created.chargeId);
    expect(await repos.billingWrites.write({ charges: [{ before: read, next: { ...read, quantity: 2 } }] })).toMatchObject({ ok: true });
    const stale = await repos.billingWrites.write({
      charges: [{ before: read, next: { ...read, status: 'removed' } }],
      newCharges: [aNewCharge({ chargeId: 'never-written' })],
      journal: [posting('stale-entry', 100)],
    });
    expect(stale).toEqual({ conflict: true });
    expect(await repos.charges.get(created.chargeId)).toMatchObject({ status: 'open', quantity: 2, version: 2 });
    expect(await repos.charges.getMany(['never-written'])).toEqual([]);
    expect((await repos.ledger.entriesForClient('client-1')).map((entry) => entry.sourceId)).not.toContain('stale-entry');
  });

  it('does not advance the sequence when the numbered documents were stale', async () => {
    const created = aNewCharge();
    await repos.billingWrites.write({ newCharges: [created] });
    const read = await repos.charges.get(created.chargeId);
    await repos.billingWrites.write({ charges: [{ before: read, next: { ...read, quantity: 3 } }] });
    const stale = await repos.billingWrites.writeNumbered('invoiceNumber', 1, (invoiceNumber) => ({
      newInvoice: aNewInvoice(invoiceNumber, [read.chargeId]),
      charges: [{ before: read, next: { ...read, status: 'invoiced' } }],
    }));
    expect(stale).toEqual({ conflict: true });
    const next = await repos.billingWrites.writeNumbered('invoiceNumber', 2, (first) => ({ newInvoice: aNewInvoice(first, []) }));
    expect(next).toMatchObject({ ok: true, first: 2 });
  });

  it("creates a client's credit account once: a second writer that also saw none loses", async () => {
    const first = await repos.billingWrites.write({ clientCredit: { clientId: 'client-credit', before: undefined, creditMinor: 500 }, journal: [posting('credit-1', 500)] });
    const second = await repos.billingWrites.write({ clientCredit: { clientId: 'client-credit', before: undefined, creditMinor: 700 }, journal: [posting('credit-2', 700)] });
    expect([first, second]).toEqual([expect.objectContaining({ ok: true }), { conflict: true }]);
    const account = await repos.payments.clientAccount('client-credit');
    expect(account).toMatchObject({ creditMinor: 500, version: 1 });
    const spent = await repos.billingWrites.write({ clientCredit: { clientId: 'client-credit', before: account, creditMinor: 0 } });
    expect(spent).toMatchObject({ ok: true });
    expect(await repos.billingWrites.write({ clientCredit: { clientId: 'client-credit', before: account, creditMinor: 100 } })).toEqual({ conflict: true });
  });

  it('keeps what billing did for an appointment under its version', async () => {
    const next = { active: { kind: 'arrival' as const, key: 'k1', chargeIds: ['c1'], authorizations: [] }, history: [] };
    expect(await repos.billingWrites.write({ appointmentBilling: { appointmentId: 'appt-9', before: undefined, next } })).toMatchObject({ ok: true });
    const stored = await repos.appointmentBilling.get('appt-9');
    expect(stored).toMatchObject({ active: next.active, version: 1 });
    expect(await repos.billingWrites.write({ appointmentBilling: { appointmentId: 'appt-9', before: undefined, next } })).toEqual({ conflict: true });
    const undone = { active: null, history: [{ kind: 'arrival' as const, key: 'k1', undoneAt: '2026-03-10T12:00:00.000Z' }] };
    expect(await repos.billingWrites.write({ appointmentBilling: { appointmentId: 'appt-9', before: stored, next: undone } })).toMatchObject({ ok: true });
    expect(await repos.appointmentBilling.get('appt-9')).toMatchObject({ history: undone.history, version: 2 });
  });
});
