import type {
  BillingPolicy,
  CreateAuthorization,
  CreateBillingItem,
  CreateCharge,
  CreateInvoice,
  CreatePayer,
  CreatePayment,
  UpdateAuthorization,
  UpdateBillingItem,
  UpdateCharge,
  UpdateInvoice,
  UpdatePayer,
} from '@casefile/core';
import { type PageRequest, toCaseBilling, toCharge, toInvoice, toPayment } from '@casefile/db';
import { createApiHandler, type OperationInput } from '../http/createApiHandler';
import { BinaryBody } from '../http/binaryBody';
import { withBodyPaths } from '../billing/bodyPaths';
import { agingForClinic, caseBalance, clientStatement, clinicToday } from '../billing/billingViews';
import { renderInvoicePdf } from '../billing/invoicePdf';

type Id = { id: string };

/** Billing (SPEC K4, K5, B1-B7): policy, price list, payers, authorizations, charges, invoices, payments, balances, statements, aging. */
export const handler = createApiHandler('billing', {
  getBillingPolicy: async ({ repos }: OperationInput) => repos.billing.policy(),
  putBillingPolicy: async ({ repos, body }: OperationInput<unknown, unknown, BillingPolicy>) => repos.billing.savePolicy(body),

  listBillingItems: async ({ repos, query }: OperationInput<unknown, PageRequest>) => repos.billing.listItems(query),
  createBillingItem: async ({ repos, body }: OperationInput<unknown, unknown, CreateBillingItem>) => repos.billing.createItem(body),
  getBillingItem: async ({ repos, params }: OperationInput<Id>) => repos.billing.getItem(params.id),
  updateBillingItem: async ({ repos, params, body }: OperationInput<Id, unknown, UpdateBillingItem>) => repos.billing.updateItem(params.id, body),

  getCaseBilling: async ({ repos, params }: OperationInput<Id>) => toCaseBilling(await repos.billing.caseBilling(params.id)),
  addPayer: async ({ repos, params, body }: OperationInput<Id, unknown, CreatePayer>) => repos.billing.addPayer(params.id, body),
  updatePayer: async ({ repos, params, body }: OperationInput<Id & { payerId: string }, unknown, UpdatePayer>) => repos.billing.updatePayer(params.id, params.payerId, body),
  addAuthorization: async ({ repos, params, body }: OperationInput<Id, unknown, CreateAuthorization>) => repos.billing.addAuthorization(params.id, body),
  updateAuthorization: async ({ repos, params, body }: OperationInput<Id & { authorizationId: string }, unknown, UpdateAuthorization>) =>
    repos.billing.updateAuthorization(params.id, params.authorizationId, body),

  listCaseCharges: async ({ repos, params }: OperationInput<Id>) => {
    await repos.cases.get(params.id);
    return { items: (await repos.charges.listForCase(params.id)).map(toCharge) };
  },
  addCharge: async ({ repos, params, body }: OperationInput<Id, unknown, CreateCharge>) => ({ items: await withBodyPaths(() => repos.charges.createManual(params.id, body)) }),
  updateCharge: async ({ repos, params, body }: OperationInput<Id, unknown, UpdateCharge>) => withBodyPaths(() => repos.charges.update(params.id, body)),

  listCaseInvoices: async ({ repos, params }: OperationInput<Id>) => {
    await repos.cases.get(params.id);
    return { items: (await repos.invoices.listForCase(params.id)).map(toInvoice) };
  },
  createInvoice: async ({ repos, params, body }: OperationInput<Id, unknown, CreateInvoice>) => repos.invoices.create(params.id, body.payerId, body.notes),
  getInvoice: async ({ repos, params }: OperationInput<Id>) => {
    const pdf = params.id.endsWith('.pdf');
    const invoice = toInvoice(await repos.invoices.get(pdf ? params.id.slice(0, -4) : params.id));
    if (!pdf) return invoice;
    const [clinic, client, caseFile] = await Promise.all([repos.clinic.get(), repos.clients.get(invoice.clientId), repos.cases.get(invoice.caseId)]);
    const bytes = await renderInvoicePdf(invoice, { clinicName: clinic.name, clientName: `${client.firstName} ${client.lastName}`, caseLabel: caseFile.caseLabel });
    return new BinaryBody('application/pdf', bytes, `${invoice.invoiceLabel}.pdf`);
  },
  updateInvoice: async ({ repos, params, body }: OperationInput<Id, unknown, UpdateInvoice>) => repos.invoices.update(params.id, body),
  issueInvoice: async ({ repos, params }: OperationInput<Id>) => repos.invoices.issue(params.id),
  voidInvoice: async ({ repos, params, body }: OperationInput<Id, unknown, { reason: string }>) => repos.invoices.void(params.id, body.reason),
  createCreditNote: async ({ repos, params, body }: OperationInput<Id, unknown, { amountMinor?: number; reason: string }>) =>
    withBodyPaths(() => repos.invoices.creditNote(params.id, body.amountMinor, body.reason)),

  createPayment: async ({ repos, body }: OperationInput<unknown, unknown, CreatePayment>) => withBodyPaths(() => repos.payments.create(body)),
  getPayment: async ({ repos, params }: OperationInput<Id>) => toPayment(await repos.payments.get(params.id)),
  refundPayment: async ({ repos, params, body }: OperationInput<Id, unknown, { amountMinor: number; reason: string }>) =>
    withBodyPaths(() => repos.payments.refund(params.id, body.amountMinor, body.reason)),
  listClientPayments: async ({ repos, params }: OperationInput<Id>) => {
    await repos.clients.get(params.id);
    return { items: (await repos.payments.listForClient(params.id)).map(toPayment) };
  },

  getCaseBalance: async ({ repos, params }: OperationInput<Id>) => caseBalance(repos, params.id),
  getClientStatement: async ({ repos, runtime, params, query }: OperationInput<Id, { asOf?: string }>) =>
    clientStatement(repos, params.id, query.asOf ?? (await clinicToday(repos, runtime.clock.now()))),
  getAgingReport: async ({ repos, runtime, query }: OperationInput<unknown, { asOf?: string }>) => agingForClinic(repos, query.asOf ?? (await clinicToday(repos, runtime.clock.now()))),
});
