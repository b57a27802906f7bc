import { toCaseBilling, toCharge, toInvoice, toPayment } from '@casefile/db';
import { createApiHandler } from '../../http/createApiHandler';
import { BinaryBody } from '../../http/binaryBody';
import { withBodyPaths } from '../../billing/bodyPaths';
import { agingForClinic, caseBalance, clientStatement, clinicToday } from '../../billing/billingViews';
import { renderInvoicePdf } from '../../billing/invoicePdf';
import { billingRoutes } from './routes';

/** Billing (SPEC K4, K5, B1-B7): policy, price list, payers, authorizations, charges, invoices, payments, balances, statements, aging. */
export const handler = createApiHandler(billingRoutes, {
  getBillingPolicy: async ({ repos }) => repos.billing.policy(),
  putBillingPolicy: async ({ repos, body }) => repos.billing.savePolicy(body),

  listBillingItems: async ({ repos, query }) => repos.billing.listItems(query),
  createBillingItem: async ({ repos, body }) => repos.billing.createItem(body),
  getBillingItem: async ({ repos, params }) => repos.billing.getItem(params.id),
  updateBillingItem: async ({ repos, params, body }) => repos.billing.updateItem(params.id, body),

  getCaseBilling: async ({ repos, params }) => toCaseBilling(await repos.billing.caseBilling(params.id)),
  addPayer: async ({ repos, params, body }) => repos.billing.addPayer(params.id, body),
  updatePayer: async ({ repos, params, body }) => repos.billing.updatePayer(params.id, params.payerId, body),
  addAuthorization: async ({ repos, params, body }) => repos.billing.addAuthorization(params.id, body),
  updateAuthorization: async ({ repos, params, body }) =>
    repos.billing.updateAuthorization(params.id, params.authorizationId, body),

  listCaseCharges: async ({ repos, params }) => {
    await repos.cases.get(params.id);
    return { items: (await repos.charges.listForCase(params.id)).map(toCharge) };
  },
  addCharge: async ({ repos, params, body }) => ({ items: await withBodyPaths(() => repos.charges.createManual(params.id, body)) }),
  updateCharge: async ({ repos, params, body }) => withBodyPaths(() => repos.charges.update(params.id, body)),

  listCaseInvoices: async ({ repos, params }) => {
    await repos.cases.get(params.id);
    return { items: (await repos.invoices.listForCase(params.id)).map(toInvoice) };
  },
  createInvoice: async ({ repos, params, body }) => repos.invoices.create(params.id, body.payerId, body.notes),
  getInvoice: async ({ repos, params }) => {
    const pdf = params.id.endsWith('.pdf');
    const invoice = toInvoice(await repos.invoices.get(pdf ? params.id.slice(0, -4) : params.id));
    if (!pdf) return invoice;
    const [clinic, client, caseFile] = await Promise.all([repos.clinic.get(), repos.clients.get(invoice.clientId), repos.cases.get(invoice.caseId)]);
    const bytes = await renderInvoicePdf(invoice, { clinicName: clinic.name, clientName: `${client.firstName} ${client.lastName}`, caseLabel: caseFile.caseLabel });
    return new BinaryBody('application/pdf', bytes, `${invoice.invoiceLabel}.pdf`);
  },
  updateInvoice: async ({ repos, params, body }) => repos.invoices.update(params.id, body),
  issueInvoice: async ({ repos, params }) => repos.invoices.issue(params.id),
  voidInvoice: async ({ repos, params, body }) => repos.invoices.void(params.id, body.reason),
  createCreditNote: async ({ repos, params, body }) =>
    withBodyPaths(() => repos.invoices.creditNote(params.id, body.amountMinor, body.reason)),

  createPayment: async ({ repos, body }) => withBodyPaths(() => repos.payments.create(body)),
  getPayment: async ({ repos, params }) => toPayment(await repos.payments.get(params.id)),
  refundPayment: async ({ repos, params, body }) =>
    withBodyPaths(() => repos.payments.refund(params.id, body.amountMinor, body.reason)),
  listClientPayments: async ({ repos, params }) => {
    await repos.clients.get(params.id);
    return { items: (await repos.payments.listForClient(params.id)).map(toPayment) };
  },

  getCaseBalance: async ({ repos, params }) => caseBalance(repos, params.id),
  getClientStatement: async ({ repos, runtime, params, query }) =>
    clientStatement(repos, params.id, query.asOf ?? (await clinicToday(repos, runtime.clock.now()))),
  getAgingReport: async ({ repos, runtime, query }) => agingForClinic(repos, query.asOf ?? (await clinicToday(repos, runtime.clock.now()))),
});
