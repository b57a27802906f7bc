/** Builders for billing records in decision tests: valid defaults, overridden per test. */
import { type ChargeRecord, type DomainError, type InvoiceRecord, isDomainError, type Payer, type PaymentRecord } from '../../src';

const STAMP = { createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:00.000Z', createdBy: 'test', updatedBy: 'test' };

export function aCharge(overrides: Partial<ChargeRecord> = {}): ChargeRecord {
  return {
    chargeId: '01CHARGE000000000000000001',
    caseId: '01CASE00000000000000000001',
    clientId: '01CLIENT000000000000000001',
    payerId: 'payer-client',
    source: 'arrival',
    status: 'open',
    code: 'PT',
    description: 'Physiotherapy',
    serviceDate: '2026-03-02',
    quantity: 1,
    unitPriceMinor: 10_000,
    taxCodes: ['HST'],
    subtotalMinor: 10_000,
    taxByCode: { HST: 1300 },
    taxMinor: 1300,
    totalMinor: 11_300,
    ...STAMP,
    ...overrides,
  };
}

export function anInvoice(overrides: Partial<InvoiceRecord> = {}): InvoiceRecord {
  return {
    invoiceId: '01INVOICE00000000000000001',
    invoiceNumber: 1,
    invoiceLabel: 'INV-000001',
    caseId: '01CASE00000000000000000001',
    clientId: '01CLIENT000000000000000001',
    payerId: 'payer-client',
    payerName: 'Client',
    currency: 'CAD',
    status: 'issued',
    lines: [],
    subtotalMinor: 10_000,
    taxByCode: { HST: 1300 },
    taxMinor: 1300,
    totalMinor: 11_300,
    paidMinor: 0,
    creditedMinor: 0,
    creditNotes: [],
    issuedOn: '2026-03-02',
    dueOn: '2026-04-01',
    ...STAMP,
    ...overrides,
  };
}

export function aPayment(overrides: Partial<PaymentRecord> = {}): PaymentRecord {
  return {
    paymentId: '01PAYMENT00000000000000001',
    clientId: '01CLIENT000000000000000001',
    amountMinor: 11_300,
    method: 'card',
    fromCreditMinor: 0,
    toCreditMinor: 0,
    allocations: [{ invoiceId: '01INVOICE00000000000000001', payerId: 'payer-client', amountMinor: 11_300 }],
    refundedMinor: 0,
    refunds: [],
    receivedOn: '2026-03-03',
    ...STAMP,
    ...overrides,
  };
}

export const clientPayer: Payer = { payerId: 'payer-client', kind: 'client', name: 'Client', coverage: { kind: 'remainder' }, active: true };
export const insurerPayer: Payer = { payerId: 'payer-insurer', kind: 'insurer', name: 'Maple Life', coverage: { kind: 'percent', basisPoints: 8000 }, active: true };

/** The refusal a decision throws (fails the test when it does not throw). */
export function refusalOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
