/**
 * One kind of record of the whole clinic as CSV (SPEC P6): clients, cases (with their first payer),
 * appointments (calendar and session by name), invoices, payments, or the audit trail. The columns of
 * clients, cases and appointments are what the `casefile` import preset reads back.
 */
import { stringify } from 'csv-stringify/sync';
import type { CsvExportKind } from '@casefile/core';
import { RAW_ENTITY_ATTRIBUTE, type RawItem } from '@casefile/db';
import { BinaryBody } from '../../http/binaryBody';
import type { StaffContext } from '../context';
import { walkClinic } from './walkClinic';

const COLUMNS: Readonly<Record<CsvExportKind, { entity: string; columns: readonly string[] }>> = {
  clients: { entity: 'client', columns: ['clientId', 'firstName', 'lastName', 'preferredName', 'dateOfBirth', 'gender', 'email', 'phone', 'mobilePhone', 'status', 'createdAt', 'updatedAt'] },
  cases: { entity: 'caseFile', columns: ['caseId', 'clientId', 'caseLabel', 'caseType', 'title', 'intakeDate', 'dateOfInjury', 'status', 'closingReason', 'payerKind', 'payerName', 'policyNumber', 'claimNumber', 'createdAt', 'updatedAt'] },
  appointments: { entity: 'appointment', columns: ['appointmentId', 'caseId', 'clientId', 'calendar', 'session', 'start', 'end', 'status', 'notes', 'createdAt', 'updatedAt'] },
  invoices: { entity: 'invoice', columns: ['invoiceId', 'invoiceLabel', 'caseId', 'clientId', 'payerId', 'payerName', 'currency', 'status', 'issuedOn', 'dueOn', 'subtotalMinor', 'taxMinor', 'totalMinor', 'paidMinor', 'creditedMinor'] },
  payments: { entity: 'payment', columns: ['paymentId', 'clientId', 'receivedOn', 'method', 'reference', 'amountMinor', 'fromCreditMinor', 'toCreditMinor', 'refundedMinor'] },
  audit: { entity: 'auditEvent', columns: ['auditId', 'at', 'actor', 'entityType', 'entityId', 'action', 'changes'] },
};

export async function exportCsv(ctx: Pick<StaffContext, 'repos' | 'runtime'>, kind: CsvExportKind): Promise<BinaryBody> {
  const { entity, columns } = COLUMNS[kind];
  const names = new Map<string, string>();
  const payers = new Map<string, RawItem>();
  const rows: RawItem[] = [];
  for await (const items of walkClinic(ctx.repos)) {
    for (const item of items) {
      const type = item[RAW_ENTITY_ATTRIBUTE];
      if (type === 'calendar') names.set(item.calendarId as string, item.name as string);
      if (type === 'session') names.set(item.sessionId as string, item.name as string);
      if (type === 'caseBilling') payers.set(item.caseId as string, ((item.payers as RawItem[] | undefined) ?? [])[0] ?? {});
      if (type === entity) rows.push(item);
    }
  }
  const records = rows.map((item) => {
    const values: RawItem = { ...item, ...(kind === 'appointments' ? { calendar: names.get(item.calendarId as string), session: names.get(item.sessionId as string) } : {}), ...(kind === 'cases' ? payerColumns(payers.get(item.caseId as string)) : {}) };
    return columns.map((column) => cell(values[column]));
  });
  const text = stringify([columns as string[], ...records]);
  const day = ctx.runtime.clock.now().toISOString().slice(0, 10);
  return new BinaryBody('text/csv; charset=utf-8', new TextEncoder().encode(text), `${kind}-${day}.csv`);
}

function payerColumns(payer: RawItem | undefined): RawItem {
  return { payerKind: payer?.kind, payerName: payer?.name, policyNumber: payer?.policyNumber, claimNumber: payer?.claimNumber };
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
