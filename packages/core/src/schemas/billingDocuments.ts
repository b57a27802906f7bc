/** Billing documents (SPEC B2-B7): charges, invoices, payments, balances, statements and A/R aging. */
import * as z from 'zod';
import { currencySchema, instantSchema, localDateSchema, recordMetaSchema, ulidSchema } from './common';
import { minorSchema, PAYER_KINDS, taxCodeSchema } from './billing';

const taxByCodeSchema = z.record(z.string(), z.number().int()).meta({ description: 'Tax per tax code, minor units.' });

export const CHARGE_SOURCES = ['arrival', 'no_show', 'late_cancel', 'manual'] as const;
export const CHARGE_STATUSES = ['open', 'invoiced', 'removed', 'credited'] as const;

export const chargeSchema = z
  .object({
    chargeId: ulidSchema,
    caseId: ulidSchema,
    clientId: ulidSchema,
    payerId: ulidSchema,
    appointmentId: ulidSchema.optional(),
    billingItemId: ulidSchema.optional(),
    source: z.enum(CHARGE_SOURCES),
    status: z.enum(CHARGE_STATUSES),
    code: z.string(),
    description: z.string(),
    serviceDate: localDateSchema,
    providerMemberId: ulidSchema.optional(),
    quantity: z.number().int(),
    unitPriceMinor: minorSchema,
    taxCodes: z.array(z.string()),
    subtotalMinor: minorSchema,
    taxByCode: taxByCodeSchema,
    taxMinor: minorSchema,
    totalMinor: minorSchema,
    invoiceId: ulidSchema.optional(),
  })
  .extend(recordMetaSchema.shape)
  .meta({ id: 'Charge' });
export type Charge = z.infer<typeof chargeSchema>;

export const createChargeSchema = z
  .strictObject({
    billingItemId: ulidSchema,
    payerId: ulidSchema.optional().meta({ description: 'Omitted: split across the case payers by their coverage.' }),
    quantity: z.number().int().min(1).max(1000).default(1),
    unitPriceMinor: minorSchema.optional().meta({ description: "Defaults to the item's price." }),
    serviceDate: localDateSchema,
    providerMemberId: ulidSchema.optional(),
    appointmentId: ulidSchema.optional(),
  })
  .meta({ id: 'CreateCharge' });
export type CreateCharge = z.infer<typeof createChargeSchema>;

export const updateChargeSchema = z
  .strictObject({
    quantity: z.number().int().min(1).max(1000),
    unitPriceMinor: minorSchema,
    payerId: ulidSchema,
    providerMemberId: ulidSchema.nullable(),
    taxCodes: z.array(taxCodeSchema).max(5),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change.')
  .meta({ id: 'UpdateCharge', description: 'Only while the charge is not invoiced.' });
export type UpdateCharge = z.infer<typeof updateChargeSchema>;

export const INVOICE_STATUS_VALUES = ['draft', 'issued', 'paid', 'void'] as const;

/** A charge as it stands on an invoice: the invoice keeps this copy, so later changes cannot alter it. */
export const invoiceLineSchema = chargeSchema
  .pick({
    chargeId: true,
    appointmentId: true,
    code: true,
    description: true,
    serviceDate: true,
    providerMemberId: true,
    quantity: true,
    unitPriceMinor: true,
    subtotalMinor: true,
    taxByCode: true,
    totalMinor: true,
  })
  .meta({ id: 'InvoiceLine' });

export const creditNoteSchema = z
  .object({
    creditNoteId: ulidSchema,
    creditNoteNumber: z.number().int().meta({ description: "The clinic's next credit-note number (its own gapless sequence)." }),
    creditNoteLabel: z.string().meta({ description: 'e.g. CN-000012' }),
    amountMinor: minorSchema,
    subtotalMinor: minorSchema,
    taxByCode: taxByCodeSchema,
    reason: z.string(),
    chargeId: ulidSchema.optional(),
    at: instantSchema,
  })
  .meta({ id: 'CreditNote' });

export const invoiceSchema = z
  .object({
    invoiceId: ulidSchema,
    invoiceNumber: z.number().int(),
    invoiceLabel: z.string(),
    caseId: ulidSchema,
    clientId: ulidSchema,
    payerId: ulidSchema,
    payerName: z.string(),
    payerKind: z.enum(PAYER_KINDS).optional().meta({ description: "The payer's kind when the invoice was drafted (absent on invoices drafted before it was kept)." }),
    currency: currencySchema,
    status: z.enum(INVOICE_STATUS_VALUES),
    lines: z.array(invoiceLineSchema),
    subtotalMinor: minorSchema,
    taxByCode: taxByCodeSchema,
    taxMinor: minorSchema,
    totalMinor: minorSchema,
    paidMinor: minorSchema,
    creditedMinor: minorSchema,
    outstandingMinor: minorSchema,
    creditNotes: z.array(creditNoteSchema),
    issuedOn: localDateSchema.optional(),
    dueOn: localDateSchema.optional(),
    notes: z.string().optional(),
  })
  .extend(recordMetaSchema.shape)
  .meta({ id: 'Invoice' });
export type Invoice = z.infer<typeof invoiceSchema>;

export const createInvoiceSchema = z
  .strictObject({ payerId: ulidSchema, notes: z.string().trim().max(1000).optional() })
  .meta({ id: 'CreateInvoice', description: "Gathers the case's uninvoiced charges of this payer (at most 95 per invoice)." });
export const updateInvoiceSchema = z
  .strictObject({ notes: z.string().trim().max(1000).nullable() })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change.')
  .meta({ id: 'UpdateInvoice', description: 'Only drafts change; issued invoices are corrected by credit notes.' });
export const voidInvoiceSchema = z.strictObject({ reason: z.string().trim().min(1).max(500) }).meta({ id: 'VoidInvoice' });
export const createCreditNoteSchema = z
  .strictObject({ amountMinor: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional().meta({ description: 'Omitted: the whole outstanding amount.' }), reason: z.string().trim().min(1).max(500) })
  .meta({ id: 'CreateCreditNote' });
export const invoiceIdParamsSchema = z.strictObject({ id: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}(\.pdf)?$/, 'Must be a ULID, or a ULID followed by .pdf.') });
export type CreateInvoice = z.infer<typeof createInvoiceSchema>;
export type UpdateInvoice = z.infer<typeof updateInvoiceSchema>;

export const PAYMENT_METHODS = ['cash', 'card', 'debit', 'cheque', 'eft', 'insurer_remittance', 'credit', 'other'] as const;

export const createPaymentSchema = z
  .strictObject({
    clientId: ulidSchema,
    amountMinor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).meta({ description: 'Money received now; 0 when paying only from credit.' }),
    method: z.enum(PAYMENT_METHODS),
    fromCreditMinor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0).meta({ description: "Taken from the client's credit." }),
    allocations: z.array(z.strictObject({ invoiceId: ulidSchema, amountMinor: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER) })).max(20).default([]),
    reference: z.string().trim().max(100).optional(),
    receivedOn: localDateSchema.optional(),
  })
  .meta({ id: 'CreatePayment', description: 'What is not allocated to invoices is kept as client credit.' });
export type CreatePayment = z.infer<typeof createPaymentSchema>;

export const paymentSchema = z
  .object({
    paymentId: ulidSchema,
    clientId: ulidSchema,
    amountMinor: minorSchema,
    method: z.enum(PAYMENT_METHODS),
    fromCreditMinor: minorSchema,
    toCreditMinor: minorSchema,
    allocations: z.array(z.object({ invoiceId: ulidSchema, payerId: ulidSchema, amountMinor: minorSchema })),
    refundedMinor: minorSchema,
    refunds: z.array(z.object({ refundId: ulidSchema, amountMinor: minorSchema, reason: z.string(), at: instantSchema })),
    reference: z.string().optional(),
    receivedOn: localDateSchema,
  })
  .extend(recordMetaSchema.shape)
  .meta({ id: 'Payment' });
export type Payment = z.infer<typeof paymentSchema>;

export const createRefundSchema = z
  .strictObject({ amountMinor: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER), reason: z.string().trim().min(1).max(500) })
  .meta({ id: 'CreateRefund' });

export const balanceSchema = z
  .object({
    currency: currencySchema,
    receivableMinor: z.number().int().meta({ description: 'Owed on issued invoices (ledger).' }),
    byPayer: z.array(z.object({ payerId: ulidSchema, payerName: z.string(), receivableMinor: z.number().int() })),
    clientCreditMinor: z.number().int(),
    uninvoicedMinor: z.number().int().meta({ description: 'Charges not yet invoiced.' }),
  })
  .meta({ id: 'Balance' });

export const statementSchema = z
  .object({
    clientId: ulidSchema,
    currency: currencySchema,
    asOf: localDateSchema,
    invoices: z.array(invoiceSchema.pick({ invoiceId: true, invoiceLabel: true, caseId: true, payerId: true, payerName: true, status: true, issuedOn: true, dueOn: true, totalMinor: true, paidMinor: true, creditedMinor: true, outstandingMinor: true })),
    payments: z.array(paymentSchema.pick({ paymentId: true, amountMinor: true, method: true, fromCreditMinor: true, toCreditMinor: true, refundedMinor: true, receivedOn: true })),
    receivableMinor: z.number().int(),
    clientCreditMinor: z.number().int(),
    aging: z.record(z.string(), z.number().int()),
  })
  .meta({ id: 'Statement' });

export const agingQuerySchema = z.strictObject({ asOf: localDateSchema.optional() });
export const agingReportSchema = z
  .object({
    asOf: localDateSchema,
    currency: currencySchema,
    payers: z.array(z.object({ payerId: ulidSchema, payerName: z.string(), caseId: ulidSchema, buckets: z.record(z.string(), z.number().int()), totalMinor: z.number().int() })),
    totals: z.record(z.string(), z.number().int()),
  })
  .meta({ id: 'AgingReport' });

export const journalEntrySchema = z
  .object({
    entryId: z.string(),
    source: z.string(),
    sourceId: z.string(),
    postedAt: instantSchema,
    lines: z.array(z.object({ account: z.string(), debitMinor: z.number().int(), creditMinor: z.number().int() })),
  })
  .meta({ id: 'JournalEntry' });
