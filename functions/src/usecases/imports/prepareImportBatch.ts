/** Prepares any kind of rows, so the dry run and the job call one function whatever the kind. */
import type { ColumnMapping, ImportKind } from '@casefile/core';
import type { CalendarDayKey, ImportedAppointment, ImportedCase, ImportedClient, StoredAppointment } from '@casefile/db';
import { type BatchRecords, type PrepareContext, type PreparedRows, prepareAppointments, prepareCases, prepareClients } from './prepareImportRows';

export type PreparedBatch =
  | ({ kind: 'clients' } & PreparedRows<ImportedClient>)
  | ({ kind: 'cases' } & PreparedRows<ImportedCase>)
  | ({ kind: 'appointments'; daysOf: (appointment: StoredAppointment) => CalendarDayKey[] } & PreparedRows<ImportedAppointment>);

export async function prepareImportBatch(ctx: PrepareContext, kind: ImportKind, mapping: ColumnMapping, records: BatchRecords): Promise<PreparedBatch> {
  if (kind === 'clients') return { kind, ...(await prepareClients(ctx, mapping, records)) };
  if (kind === 'cases') return { kind, ...(await prepareCases(ctx, mapping, records)) };
  return { kind, ...(await prepareAppointments(ctx, mapping, records)) };
}
