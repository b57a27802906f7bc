/**
 * Sample requests for the billing routes, merged into sampleRequests.ts. A clinic's billing base (its
 * policy, a billing item, a payer and an authorization on the fixture case) is set up once per test
 * file; routes that consume what they act on (issuing, voiding, refunding) get a fresh document.
 */
import { addDays } from '@casefile/core';
import type { ClinicFixture, FixtureIds } from '../fixtureTypes';

export const EMPTY_BILLING_IDS = { billingItemId: '', payerId: '', authorizationId: '', chargeId: '', invoiceId: '', paymentId: '' };
export type BillingIds = typeof EMPTY_BILLING_IDS;

let unique = 0;
const today = () => new Date().toISOString().slice(0, 10);

export const SAMPLE_BILLING_POLICY = {
  currency: 'CAD',
  taxRates: [{ code: 'HST', name: 'Harmonized sales tax', basisPoints: 1300 }],
  noShowFeeItemId: null,
  lateCancelFeeItemId: null,
  authorizationOverrun: 'warn',
  remainingVisitsAlertThreshold: 2,
  paymentTermsDays: 30,
};

export const BILLING_PATH_IDS: Readonly<Record<string, keyof FixtureIds>> = {
  '/api/billing-items/{id}': 'billingItemId',
  '/api/cases/{id}/billing': 'caseId',
  '/api/cases/{id}/payers': 'caseId',
  '/api/cases/{id}/payers/{payerId}': 'caseId',
  '/api/cases/{id}/authorizations': 'caseId',
  '/api/cases/{id}/authorizations/{authorizationId}': 'caseId',
  '/api/cases/{id}/charges': 'caseId',
  '/api/cases/{id}/invoices': 'caseId',
  '/api/cases/{id}/balance': 'caseId',
  '/api/charges/{id}': 'chargeId',
  '/api/invoices/{id}': 'invoiceId',
  '/api/invoices/{id}/issue': 'invoiceId',
  '/api/invoices/{id}/void': 'invoiceId',
  '/api/invoices/{id}/credit-notes': 'invoiceId',
  '/api/payments/{id}': 'paymentId',
  '/api/payments/{id}/refunds': 'paymentId',
  '/api/clients/{id}/payments': 'clientId',
  '/api/clients/{id}/statement': 'clientId',
};

export const BILLING_SAMPLE_BODIES: Readonly<Record<string, (ids: FixtureIds) => unknown>> = {
  putBillingPolicy: () => SAMPLE_BILLING_POLICY,
  createBillingItem: () => ({ code: `S${++unique}`, description: 'Sample item', unitPriceMinor: 5000, taxCodes: ['HST'] }),
  updateBillingItem: () => ({ description: 'Treatment (renamed)' }),
  addPayer: () => ({ kind: 'insurer', name: 'Sample Insurer', coverage: { kind: 'percent', basisPoints: 5000 }, active: false }),
  updatePayer: () => ({ policyNumber: 'POL-123' }),
  addAuthorization: (ids) => ({ payerId: ids.payerId, approvedVisits: 5, validFrom: today(), validTo: addDays(today(), 30) }),
  updateAuthorization: () => ({ approvedVisits: 12 }),
  addCharge: (ids) => ({ billingItemId: ids.billingItemId, payerId: ids.payerId, serviceDate: today() }),
  updateCharge: () => ({ quantity: 2 }),
  createInvoice: (ids) => ({ payerId: ids.payerId }),
  updateInvoice: () => ({ notes: 'Sample note' }),
  voidInvoice: () => ({ reason: 'Sample void' }),
  createCreditNote: () => ({ amountMinor: 100, reason: 'Sample credit' }),
  createPayment: (ids) => ({ clientId: ids.clientId, amountMinor: 1000, method: 'cash' }),
  refundPayment: () => ({ amountMinor: 100, reason: 'Sample refund' }),
};

const bases = new Map<string, Promise<Partial<FixtureIds>>>();

/** The clinic's billing base, set up once: policy, a billing item, a payer and an authorization on the fixture case. */
export function billingBase(fixture: ClinicFixture): Promise<Partial<FixtureIds>> {
  let base = bases.get(fixture.clinicId);
  if (!base) {
    base = (async () => {
      const owner = await fixture.api('owner');
      await expectOk(owner.request('PUT', '/api/billing/policy', SAMPLE_BILLING_POLICY), 'billing policy');
      const item = await expectOk(owner.post<{ billingItemId: string }>('/api/billing-items', { code: 'TX', description: 'Treatment', unitPriceMinor: 10000, taxCodes: ['HST'] }), 'billing item');
      const billing = await owner.get<{ payers: { payerId: string; kind: string; active: boolean }[] }>(`/api/cases/${fixture.ids.caseId}/billing`);
      const payerId =
        billing.body.payers.find((payer) => payer.kind === 'client' && payer.active)?.payerId ??
        (await expectOk(owner.post<{ payerId: string }>(`/api/cases/${fixture.ids.caseId}/payers`, { kind: 'client', name: 'Client', coverage: { kind: 'remainder' } }), 'payer')).payerId;
      const authorization = await expectOk(
        owner.post<{ authorizationId: string }>(`/api/cases/${fixture.ids.caseId}/authorizations`, { payerId, approvedVisits: 50, validFrom: addDays(today(), -1), validTo: addDays(today(), 365) }),
        'authorization',
      );
      return { billingItemId: item.billingItemId, payerId, authorizationId: authorization.authorizationId };
    })();
    bases.set(fixture.clinicId, base);
  }
  return base;
}

async function expectOk<T>(response: Promise<{ status: number; body: T; text: string }>, what: string): Promise<T> {
  const answer = await response;
  if (answer.status >= 300) throw new Error(`Could not set up a sample ${what}: ${answer.status} ${answer.text}`);
  return answer.body;
}

async function freshCharge(fixture: ClinicFixture): Promise<Partial<FixtureIds>> {
  const base = await billingBase(fixture);
  const owner = await fixture.api('owner');
  const created = await expectOk(
    owner.post<{ items: { chargeId: string }[] }>(`/api/cases/${fixture.ids.caseId}/charges`, { billingItemId: base.billingItemId, payerId: base.payerId, serviceDate: today() }),
    'charge',
  );
  return { ...base, chargeId: created.items[0]!.chargeId };
}

async function freshDraft(fixture: ClinicFixture): Promise<Partial<FixtureIds>> {
  const charge = await freshCharge(fixture);
  const owner = await fixture.api('owner');
  const invoice = await expectOk(owner.post<{ invoiceId: string }>(`/api/cases/${fixture.ids.caseId}/invoices`, { payerId: charge.payerId }), 'invoice');
  return { ...charge, invoiceId: invoice.invoiceId };
}

async function freshIssued(fixture: ClinicFixture): Promise<Partial<FixtureIds>> {
  const draft = await freshDraft(fixture);
  const owner = await fixture.api('owner');
  await expectOk(owner.post(`/api/invoices/${draft.invoiceId}/issue`), 'issued invoice');
  return draft;
}

async function freshPayment(fixture: ClinicFixture): Promise<Partial<FixtureIds>> {
  const base = await billingBase(fixture);
  const owner = await fixture.api('owner');
  const payment = await expectOk(owner.post<{ paymentId: string }>('/api/payments', { clientId: fixture.ids.clientId, amountMinor: 1000, method: 'cash' }), 'payment');
  return { ...base, paymentId: payment.paymentId };
}

const baseOnly = (fixture: ClinicFixture) => billingBase(fixture);

export const BILLING_FRESH_IDS: Readonly<Record<string, (fixture: ClinicFixture) => Promise<Partial<FixtureIds>>>> = {
  getBillingPolicy: baseOnly,
  putBillingPolicy: baseOnly,
  listBillingItems: baseOnly,
  createBillingItem: baseOnly,
  getBillingItem: baseOnly,
  updateBillingItem: baseOnly,
  getCaseBilling: baseOnly,
  addPayer: baseOnly,
  updatePayer: baseOnly,
  addAuthorization: baseOnly,
  updateAuthorization: baseOnly,
  listCaseCharges: baseOnly,
  addCharge: baseOnly,
  updateCharge: freshCharge,
  listCaseInvoices: baseOnly,
  createInvoice: freshCharge,
  getInvoice: freshDraft,
  updateInvoice: freshDraft,
  issueInvoice: freshDraft,
  voidInvoice: freshDraft,
  createCreditNote: freshIssued,
  createPayment: baseOnly,
  getPayment: freshPayment,
  refundPayment: freshPayment,
  listClientPayments: baseOnly,
  getCaseBalance: baseOnly,
  getClientStatement: baseOnly,
  getAgingReport: baseOnly,
};
