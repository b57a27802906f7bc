import { NotFoundError } from '@casefile/core';
import type { StoredInvoice } from './billingRecords';
import type { RepositoryContext } from './context';
import { readRetryingConflicts } from './transactionWrite';

/** Invoices (B4): read per id, case, client, or the clinic's open ones. Written through `billingWrites`. */
export function createInvoiceRepository(ctx: RepositoryContext) {
  const { invoice } = ctx.service.entities;
  const keysOf = (invoiceId: string) => ({ clinicId: ctx.clinicId, invoiceId });

  return {
    async get(invoiceId: string): Promise<StoredInvoice> {
      const result = await readRetryingConflicts(() => invoice.get(keysOf(invoiceId)).go({ consistent: true }));
      if (!result.data) throw new NotFoundError('Invoice');
      return result.data;
    },

    /** Several invoices by id, strongly consistent; missing ones are left out. */
    async getMany(invoiceIds: readonly string[]): Promise<StoredInvoice[]> {
      if (invoiceIds.length === 0) return [];
      const result = await readRetryingConflicts(() => invoice.get([...new Set(invoiceIds)].map(keysOf)).go({ consistent: true }));
      return result.data.filter((item): item is StoredInvoice => Boolean(item));
    },

    async listForCase(caseId: string): Promise<StoredInvoice[]> {
      const result = await readRetryingConflicts(() => invoice.query.byCase({ clinicId: ctx.clinicId, caseId }).go({ pages: 'all' }));
      return result.data;
    },

    async listForClient(clientId: string): Promise<StoredInvoice[]> {
      const result = await readRetryingConflicts(() => invoice.query.byClient({ clinicId: ctx.clinicId, clientId }).go({ pages: 'all' }));
      return result.data;
    },

    /** The clinic's issued invoices (sparse gsi3): what A/R aging reads. */
    async listOpen(): Promise<StoredInvoice[]> {
      const result = await readRetryingConflicts(() => invoice.query.open({ clinicId: ctx.clinicId, openKey: 'open' }).go({ pages: 'all' }));
      return result.data;
    },
  };
}

export type InvoiceRepository = ReturnType<typeof createInvoiceRepository>;
