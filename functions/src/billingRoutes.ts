/** The billing routes (SPEC K4, K5, B1-B7), part of the route table. */
import {
  agingQuerySchema,
  agingReportSchema,
  authorizationSchema,
  balanceSchema,
  billingItemSchema,
  billingPolicySchema,
  caseAuthorizationParamsSchema,
  caseBillingSchema,
  casePayerParamsSchema,
  chargeSchema,
  createAuthorizationSchema,
  createBillingItemSchema,
  createChargeSchema,
  createCreditNoteSchema,
  createInvoiceSchema,
  createPayerSchema,
  createPaymentSchema,
  createRefundSchema,
  idParamsSchema,
  invoiceIdParamsSchema,
  invoiceSchema,
  pageOf,
  pageQuerySchema,
  payerSchema,
  paymentSchema,
  statementSchema,
  updateAuthorizationSchema,
  updateBillingItemSchema,
  updateChargeSchema,
  updateInvoiceSchema,
  updatePayerSchema,
  voidInvoiceSchema,
} from '@casefile/core';
import * as z from 'zod';
import type { RouteDefinition } from './routes';

const chargeListSchema = z.object({ items: z.array(chargeSchema) }).meta({ id: 'ChargeList' });
const invoiceListSchema = z.object({ items: z.array(invoiceSchema) }).meta({ id: 'InvoiceList' });
const paymentListSchema = z.object({ items: z.array(paymentSchema) }).meta({ id: 'PaymentList' });

export const BILLING_ROUTES: readonly RouteDefinition[] = [
  { method: 'GET', path: '/api/billing/policy', fn: 'billing', auth: 'staff', action: 'billing:read', operationId: 'getBillingPolicy', summary: "The clinic's billing policy: currency, tax rates, No Show and late-cancellation fee items, authorization overrun rule, alert threshold, payment terms.", response: billingPolicySchema },
  { method: 'PUT', path: '/api/billing/policy', fn: 'billing', auth: 'staff', action: 'billing:manage', operationId: 'putBillingPolicy', summary: "Replace the clinic's billing policy.", body: billingPolicySchema, response: billingPolicySchema },
  { method: 'GET', path: '/api/billing-items', fn: 'billing', auth: 'staff', action: 'billing:read', operationId: 'listBillingItems', summary: 'The price list.', query: pageQuerySchema, response: pageOf(billingItemSchema, 'BillingItemPage') },
  { method: 'POST', path: '/api/billing-items', fn: 'billing', auth: 'staff', action: 'billing:manage', operationId: 'createBillingItem', summary: 'Add a billing item (tax codes must be rates of the policy).', body: createBillingItemSchema, response: billingItemSchema, status: 201 },
  { method: 'GET', path: '/api/billing-items/{id}', fn: 'billing', auth: 'staff', action: 'billing:read', operationId: 'getBillingItem', summary: 'One billing item.', params: idParamsSchema, response: billingItemSchema },
  { method: 'PATCH', path: '/api/billing-items/{id}', fn: 'billing', auth: 'staff', action: 'billing:manage', operationId: 'updateBillingItem', summary: 'Change a billing item (charges already made keep their price).', params: idParamsSchema, body: updateBillingItemSchema, response: billingItemSchema },

  { method: 'GET', path: '/api/cases/{id}/billing', fn: 'billing', auth: 'staff', action: 'billing:read', operationId: 'getCaseBilling', summary: "A case's payers and authorizations (with remaining visits).", params: idParamsSchema, response: caseBillingSchema },
  { method: 'POST', path: '/api/cases/{id}/payers', fn: 'billing', auth: 'staff', action: 'billing:write', operationId: 'addPayer', summary: 'Add a payer to a case, with its coverage split and policy and claim numbers.', params: idParamsSchema, body: createPayerSchema, response: payerSchema, status: 201 },
  { method: 'PATCH', path: '/api/cases/{id}/payers/{payerId}', fn: 'billing', auth: 'staff', action: 'billing:write', operationId: 'updatePayer', summary: 'Change a payer of a case (deactivate rather than remove).', params: casePayerParamsSchema, body: updatePayerSchema, response: payerSchema },
  { method: 'POST', path: '/api/cases/{id}/authorizations', fn: 'billing', auth: 'staff', action: 'billing:write', operationId: 'addAuthorization', summary: 'Record an authorization: approved visits and/or amount for a payer, valid from/to.', params: idParamsSchema, body: createAuthorizationSchema, response: authorizationSchema, status: 201 },
  { method: 'PATCH', path: '/api/cases/{id}/authorizations/{authorizationId}', fn: 'billing', auth: 'staff', action: 'billing:write', operationId: 'updateAuthorization', summary: 'Change an authorization (approved counts, validity).', params: caseAuthorizationParamsSchema, body: updateAuthorizationSchema, response: authorizationSchema },

  { method: 'GET', path: '/api/cases/{id}/charges', fn: 'billing', auth: 'staff', action: 'billing:read', operationId: 'listCaseCharges', summary: "A case's charges (open, invoiced, removed, credited).", params: idParamsSchema, response: chargeListSchema },
  { method: 'POST', path: '/api/cases/{id}/charges', fn: 'billing', auth: 'staff', action: 'billing:write', operationId: 'addCharge', summary: 'Add a charge by hand: for one payer, or split across the case payers.', params: idParamsSchema, body: createChargeSchema, response: chargeListSchema, status: 201 },
  { method: 'PATCH', path: '/api/charges/{id}', fn: 'billing', auth: 'staff', action: 'billing:write', operationId: 'updateCharge', summary: 'Change a charge not yet invoiced: quantity, price, payer, provider, taxes (invoiced: 409).', params: idParamsSchema, body: updateChargeSchema, response: chargeSchema },

  { method: 'GET', path: '/api/cases/{id}/invoices', fn: 'billing', auth: 'staff', action: 'billing:read', operationId: 'listCaseInvoices', summary: "A case's invoices.", params: idParamsSchema, response: invoiceListSchema },
  { method: 'POST', path: '/api/cases/{id}/invoices', fn: 'billing', auth: 'staff', action: 'billing:write', operationId: 'createInvoice', summary: "A draft invoice of the case's uninvoiced charges for one payer, with the clinic's next invoice number.", params: idParamsSchema, body: createInvoiceSchema, response: invoiceSchema, status: 201 },
  { method: 'GET', path: '/api/invoices/{id}', fn: 'billing', auth: 'staff', action: 'billing:read', operationId: 'getInvoice', summary: 'One invoice as JSON; `/api/invoices/{id}.pdf` renders it as a PDF (application/pdf).', params: invoiceIdParamsSchema, response: invoiceSchema },
  { method: 'PATCH', path: '/api/invoices/{id}', fn: 'billing', auth: 'staff', action: 'billing:write', operationId: 'updateInvoice', summary: 'Change a draft invoice (issued invoices are immutable: 409).', params: idParamsSchema, body: updateInvoiceSchema, response: invoiceSchema },
  { method: 'POST', path: '/api/invoices/{id}/issue', fn: 'billing', auth: 'staff', action: 'billing:write', operationId: 'issueInvoice', summary: 'Issue a draft: dates it, makes it immutable, posts its journal entry.', params: idParamsSchema, response: invoiceSchema },
  { method: 'POST', path: '/api/invoices/{id}/void', fn: 'billing', auth: 'staff', action: 'billing:write', operationId: 'voidInvoice', summary: 'Void a draft, or an issued invoice with nothing paid (reversing entry); its charges can be invoiced again.', params: idParamsSchema, body: voidInvoiceSchema, response: invoiceSchema },
  { method: 'POST', path: '/api/invoices/{id}/credit-notes', fn: 'billing', auth: 'staff', action: 'billing:write', operationId: 'createCreditNote', summary: 'Credit part or all of what is outstanding on an issued invoice (reversing entry).', params: idParamsSchema, body: createCreditNoteSchema, response: invoiceSchema, status: 201 },

  { method: 'POST', path: '/api/payments', fn: 'billing', auth: 'staff', action: 'billing:write', operationId: 'createPayment', summary: "Record a payment against one or several of a client's invoices (partial, split); the rest is kept as credit; credit can pay too.", body: createPaymentSchema, response: paymentSchema, status: 201 },
  { method: 'GET', path: '/api/payments/{id}', fn: 'billing', auth: 'staff', action: 'billing:read', operationId: 'getPayment', summary: 'One payment with its refunds.', params: idParamsSchema, response: paymentSchema },
  { method: 'POST', path: '/api/payments/{id}/refunds', fn: 'billing', auth: 'staff', action: 'billing:write', operationId: 'refundPayment', summary: 'Refund part or all of a payment (its credit first, then its invoices, which reopen).', params: idParamsSchema, body: createRefundSchema, response: paymentSchema, status: 201 },
  { method: 'GET', path: '/api/clients/{id}/payments', fn: 'billing', auth: 'staff', action: 'billing:read', operationId: 'listClientPayments', summary: "A client's payments.", params: idParamsSchema, response: paymentListSchema },

  { method: 'GET', path: '/api/cases/{id}/balance', fn: 'billing', auth: 'staff', action: 'billing:read', operationId: 'getCaseBalance', summary: "What a case owes, per payer, from the ledger; the client's credit; uninvoiced charges.", params: idParamsSchema, response: balanceSchema },
  { method: 'GET', path: '/api/clients/{id}/statement', fn: 'billing', auth: 'staff', action: 'billing:read', operationId: 'getClientStatement', summary: "A client's statement: invoices, payments, balance, credit and aging.", params: idParamsSchema, query: agingQuerySchema, response: statementSchema },
  { method: 'GET', path: '/api/billing/aging', fn: 'billing', auth: 'staff', action: 'billing:read', operationId: 'getAgingReport', summary: 'Accounts receivable aging per payer, in buckets 0-30, 31-60, 61-90, 90+ days from issue.', query: agingQuerySchema, response: agingReportSchema },
];
