import { CustomAttributeType, Entity } from 'electrodb';
import { type CreditNote, INVOICE_STATUS_VALUES, type InvoiceLine, PAYER_KINDS } from '@casefile/core';
import { clinicIdAttribute, recordMetaAttributes, SERVICE, taxByCodeAttribute } from './shared';

/** An invoice (B4) to one payer of one case, with its lines and credit notes inside. */
export const InvoiceEntity = new Entity({
  model: { entity: 'invoice', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    invoiceId: { type: 'string', required: true, readOnly: true },
    invoiceNumber: { type: 'number', required: true, readOnly: true },
    invoiceLabel: { type: 'string', required: true },
    caseId: { type: 'string', required: true, readOnly: true },
    clientId: { type: 'string', required: true, readOnly: true },
    payerId: { type: 'string', required: true },
    payerName: { type: 'string', required: true },
    /** The payer's kind when the invoice was drafted (revenue by payer kind); absent on older invoices. */
    payerKind: { type: PAYER_KINDS, readOnly: true },
    currency: { type: 'string', required: true },
    status: { type: INVOICE_STATUS_VALUES, required: true },
    lines: { type: CustomAttributeType<InvoiceLine[]>('any'), required: true },
    subtotalMinor: { type: 'number', required: true },
    taxByCode: taxByCodeAttribute,
    taxMinor: { type: 'number', required: true },
    totalMinor: { type: 'number', required: true },
    paidMinor: { type: 'number', required: true },
    creditedMinor: { type: 'number', required: true },
    creditNotes: { type: CustomAttributeType<CreditNote[]>('any'), required: true },
    issuedOn: { type: 'string' },
    dueOn: { type: 'string' },
    notes: { type: 'string' },
    /** 'open' while issued (A/R aging reads these), '' otherwise (no gsi3 entry); never read back. */
    openKey: { type: 'string', required: true, hidden: true },
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'invoiceId'] }, sk: { field: 'sk', composite: [] } },
    byCase: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['clinicId', 'caseId'] }, sk: { field: 'gsi1sk', composite: ['invoiceId'] } },
    byClient: { index: 'gsi2', pk: { field: 'gsi2pk', composite: ['clinicId', 'clientId'] }, sk: { field: 'gsi2sk', composite: ['invoiceId'] } },
    /** Sparse: the clinic's issued (open) invoices, for A/R aging. */
    open: {
      index: 'gsi3',
      condition: (attributes) => Boolean(attributes.openKey),
      pk: { field: 'gsi3pk', composite: ['clinicId', 'openKey'] },
      sk: { field: 'gsi3sk', composite: ['invoiceId'] },
    },
  },
});
