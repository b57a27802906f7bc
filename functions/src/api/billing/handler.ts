import type { StaffContext } from '../../usecases/context';
import { toCaseBilling } from '@casefile/db';
import { createApiHandler, type OperationInput } from '../../http/createApiHandler';
import { BinaryBody } from '../../http/binaryBody';
import { addAuthorization, updateAuthorization } from '../../usecases/billing/authorizations';
import { addCharge } from '../../usecases/billing/addCharge';
import { agingReport } from '../../usecases/billing/agingReport';
import { createBillingItem, updateBillingItem } from '../../usecases/billing/billingItems';
import { caseBalance } from '../../usecases/billing/caseBalance';
import { clientStatement } from '../../usecases/billing/clientStatement';
import { createCreditNote } from '../../usecases/billing/createCreditNote';
import { createInvoice } from '../../usecases/billing/createInvoice';
import { createPayment } from '../../usecases/billing/createPayment';
import { getInvoice, invoicePdfDocument } from '../../usecases/billing/invoiceDocument';
import { issueInvoice } from '../../usecases/billing/issueInvoice';
import { getPayment, listCaseCharges, listCaseInvoices, listClientPayments } from '../../usecases/billing/listings';
import { addPayer, updatePayer } from '../../usecases/billing/payers';
import { refundPayment } from '../../usecases/billing/refundPayment';
import { saveBillingPolicy } from '../../usecases/billing/saveBillingPolicy';
import { updateCharge } from '../../usecases/billing/updateCharge';
import { updateInvoice } from '../../usecases/billing/updateInvoice';
import { voidInvoice } from '../../usecases/billing/voidInvoice';
import { billingRoutes } from './routes';

/** `<id>.pdf` is the deprecated spelling of getInvoicePdf, kept until the next major version. */
async function invoiceOrPdf(input: OperationInput<typeof billingRoutes.getInvoice>) {
  if (!input.params.id.endsWith('.pdf')) return getInvoice(input, input.params.id);
  return invoicePdf(input, input.params.id.slice(0, -4));
}

async function invoicePdf(input: StaffContext, invoiceId: string) {
  const { bytes, fileName } = await invoicePdfDocument(input, invoiceId);
  return new BinaryBody('application/pdf', bytes, fileName);
}

/** Billing (SPEC K4, K5, B1-B7): policy, price list, payers, authorizations, charges, invoices, payments, balances, statements, aging. */
export const handler = createApiHandler(billingRoutes, {
  getBillingPolicy: ({ repos }) => repos.billing.policy(),
  putBillingPolicy: (input) => saveBillingPolicy(input, input.body),

  listBillingItems: ({ repos, query }) => repos.billing.listItems(query),
  createBillingItem: (input) => createBillingItem(input, input.body),
  getBillingItem: ({ repos, params }) => repos.billing.getItem(params.id),
  updateBillingItem: (input) => updateBillingItem(input, input.params.id, input.body),

  getCaseBilling: async ({ repos, params }) => toCaseBilling(await repos.billing.caseBilling(params.id)),
  addPayer: (input) => addPayer(input, input.params.id, input.body),
  updatePayer: (input) => updatePayer(input, input.params.id, input.params.payerId, input.body),
  addAuthorization: (input) => addAuthorization(input, input.params.id, input.body),
  updateAuthorization: (input) => updateAuthorization(input, input.params.id, input.params.authorizationId, input.body),

  listCaseCharges: (input) => listCaseCharges(input, input.params.id),
  addCharge: async (input) => ({ items: await addCharge(input, input.params.id, input.body) }),
  updateCharge: (input) => updateCharge(input, input.params.id, input.body),

  listCaseInvoices: (input) => listCaseInvoices(input, input.params.id),
  createInvoice: (input) => createInvoice(input, input.params.id, input.body),
  getInvoice: invoiceOrPdf,
  getInvoicePdf: (input) => invoicePdf(input, input.params.id),
  updateInvoice: (input) => updateInvoice(input, input.params.id, input.body),
  issueInvoice: (input) => issueInvoice(input, input.params.id),
  voidInvoice: (input) => voidInvoice(input, input.params.id, input.body.reason),
  createCreditNote: (input) => createCreditNote(input, input.params.id, input.body),

  createPayment: (input) => createPayment(input, input.body),
  getPayment: (input) => getPayment(input, input.params.id),
  refundPayment: (input) => refundPayment(input, input.params.id, input.body),
  listClientPayments: (input) => listClientPayments(input, input.params.id),

  getCaseBalance: (input) => caseBalance(input, input.params.id),
  getClientStatement: (input) => clientStatement(input, input.params.id, input.query.asOf),
  getAgingReport: (input) => agingReport(input, input.query.asOf),
});
