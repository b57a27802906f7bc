import {
  type BillingPolicy,
  type CreateAuthorization,
  type CreateBillingItem,
  type CreateCharge,
  type CreateInvoice,
  type CreatePayer,
  type CreatePayment,
  isDomainError,
  type UpdateAuthorization,
  type UpdateBillingItem,
  type UpdateCharge,
  type UpdateInvoice,
  type UpdatePayer,
} from '@casefile/core';
import { type PageRequest, toCaseBilling } from '@casefile/db';
import { createApiHandler, type OperationInput } from '../http/createApiHandler';
import { BinaryBody } from '../http/binaryBody';
import { addAuthorization, updateAuthorization } from '../usecases/billing/authorizations';
import { addCharge } from '../usecases/billing/addCharge';
import { agingReport } from '../usecases/billing/agingReport';
import { createBillingItem, updateBillingItem } from '../usecases/billing/billingItems';
import { caseBalance } from '../usecases/billing/caseBalance';
import { clientStatement } from '../usecases/billing/clientStatement';
import { createCreditNote } from '../usecases/billing/createCreditNote';
import { createInvoice } from '../usecases/billing/createInvoice';
import { createPayment } from '../usecases/billing/createPayment';
import { getInvoice, invoicePdfDocument } from '../usecases/billing/invoiceDocument';
import { issueInvoice } from '../usecases/billing/issueInvoice';
import { getPayment, listCaseCharges, listCaseInvoices, listClientPayments } from '../usecases/billing/listings';
import { addPayer, updatePayer } from '../usecases/billing/payers';
import { refundPayment } from '../usecases/billing/refundPayment';
import { saveBillingPolicy } from '../usecases/billing/saveBillingPolicy';
import { updateCharge } from '../usecases/billing/updateCharge';
import { updateInvoice } from '../usecases/billing/updateInvoice';
import { voidInvoice } from '../usecases/billing/voidInvoice';

type Id = { id: string };

/**
 * TEMPORARY, until the HTTP edge maps domain field paths to request paths from the route's schemas
 * (task B): the billing use cases name fields as their input does (`allocations.0.amountMinor`); the
 * API names them from the request body (`body.allocations.0.amountMinor`). Delete once that lands.
 */
async function withBodyPaths<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isDomainError(error)) {
      for (const issue of error.details.issues ?? []) if (!issue.path.startsWith('body.')) issue.path = `body.${issue.path}`;
      const extra = error.details.extra;
      if (extra && typeof extra.path === 'string' && !extra.path.startsWith('body.')) extra.path = `body.${extra.path}`;
    }
    throw error;
  }
}

/** `<id>.pdf` asks for the invoice rendered as a PDF. */
async function invoiceOrPdf(input: OperationInput<Id>) {
  if (!input.params.id.endsWith('.pdf')) return getInvoice(input, input.params.id);
  const { bytes, fileName } = await invoicePdfDocument(input, input.params.id.slice(0, -4));
  return new BinaryBody('application/pdf', bytes, fileName);
}

/** Billing (SPEC K4, K5, B1-B7): policy, price list, payers, authorizations, charges, invoices, payments, balances, statements, aging. */
export const handler = createApiHandler('billing', {
  getBillingPolicy: async ({ repos }: OperationInput) => repos.billing.policy(),
  putBillingPolicy: async (input: OperationInput<unknown, unknown, BillingPolicy>) => withBodyPaths(() => saveBillingPolicy(input, input.body)),

  listBillingItems: async ({ repos, query }: OperationInput<unknown, PageRequest>) => repos.billing.listItems(query),
  createBillingItem: async (input: OperationInput<unknown, unknown, CreateBillingItem>) => withBodyPaths(() => createBillingItem(input, input.body)),
  getBillingItem: async ({ repos, params }: OperationInput<Id>) => repos.billing.getItem(params.id),
  updateBillingItem: async (input: OperationInput<Id, unknown, UpdateBillingItem>) => withBodyPaths(() => updateBillingItem(input, input.params.id, input.body)),

  getCaseBilling: async ({ repos, params }: OperationInput<Id>) => toCaseBilling(await repos.billing.caseBilling(params.id)),
  addPayer: async (input: OperationInput<Id, unknown, CreatePayer>) => withBodyPaths(() => addPayer(input, input.params.id, input.body)),
  updatePayer: async (input: OperationInput<Id & { payerId: string }, unknown, UpdatePayer>) => withBodyPaths(() => updatePayer(input, input.params.id, input.params.payerId, input.body)),
  addAuthorization: async (input: OperationInput<Id, unknown, CreateAuthorization>) => withBodyPaths(() => addAuthorization(input, input.params.id, input.body)),
  updateAuthorization: async (input: OperationInput<Id & { authorizationId: string }, unknown, UpdateAuthorization>) =>
    withBodyPaths(() => updateAuthorization(input, input.params.id, input.params.authorizationId, input.body)),

  listCaseCharges: async (input: OperationInput<Id>) => listCaseCharges(input, input.params.id),
  addCharge: async (input: OperationInput<Id, unknown, CreateCharge>) => ({ items: await withBodyPaths(() => addCharge(input, input.params.id, input.body)) }),
  updateCharge: async (input: OperationInput<Id, unknown, UpdateCharge>) => withBodyPaths(() => updateCharge(input, input.params.id, input.body)),

  listCaseInvoices: async (input: OperationInput<Id>) => listCaseInvoices(input, input.params.id),
  createInvoice: async (input: OperationInput<Id, unknown, CreateInvoice>) => withBodyPaths(() => createInvoice(input, input.params.id, input.body)),
  getInvoice: invoiceOrPdf,
  updateInvoice: async (input: OperationInput<Id, unknown, UpdateInvoice>) => withBodyPaths(() => updateInvoice(input, input.params.id, input.body)),
  issueInvoice: async (input: OperationInput<Id>) => issueInvoice(input, input.params.id),
  voidInvoice: async (input: OperationInput<Id, unknown, { reason: string }>) => voidInvoice(input, input.params.id, input.body.reason),
  createCreditNote: async (input: OperationInput<Id, unknown, { amountMinor?: number; reason: string }>) => withBodyPaths(() => createCreditNote(input, input.params.id, input.body)),

  createPayment: async (input: OperationInput<unknown, unknown, CreatePayment>) => withBodyPaths(() => createPayment(input, input.body)),
  getPayment: async (input: OperationInput<Id>) => getPayment(input, input.params.id),
  refundPayment: async (input: OperationInput<Id, unknown, { amountMinor: number; reason: string }>) => withBodyPaths(() => refundPayment(input, input.params.id, input.body)),
  listClientPayments: async (input: OperationInput<Id>) => listClientPayments(input, input.params.id),

  getCaseBalance: async (input: OperationInput<Id>) => caseBalance(input, input.params.id),
  getClientStatement: async (input: OperationInput<Id, { asOf?: string }>) => clientStatement(input, input.params.id, input.query.asOf),
  getAgingReport: async (input: OperationInput<unknown, { asOf?: string }>) => agingReport(input, input.query.asOf),
});
