/**
 * Turns CSV records into the records an import writes: each row mapped and checked (core), its
 * references looked up (the client of a case, the case, calendar and session of a visit), and rows
 * already imported under their external id set apart. The dry run and the running job share it, so
 * what the dry run reports is what the job does.
 */
import {
  type ColumnMapping,
  type ImportKind,
  type ImportRowError,
  importedBillingEpisode,
  importedVisitTimes,
  localDaysTouched,
  readImportRow,
  referenceError,
  type ImportAppointmentRow,
  type ImportCaseRow,
  type ImportClientRow,
} from '@casefile/core';
import type { CalendarDayKey, ClinicRepositories, ImportedAppointment, ImportedCase, ImportedClient, StoredAppointment } from '@casefile/db';
import type { ImportFile } from './importFile';

export interface PreparedRows<T> {
  ready: (T & { line: number })[];
  existing: number;
  errors: ImportRowError[];
  /** Lines with at least one error. */
  errorRows: number;
}

/** The rows of one batch, and the file they come from (for ids repeated across batches). */
export interface BatchRecords {
  file: Pick<ImportFile, 'firstLines'>;
  records: ImportFile['records'];
}

export interface PrepareContext {
  repos: ClinicRepositories;
  newId: () => string;
  now: string;
}

function checkRows<K extends ImportKind>(kind: K, mapping: ColumnMapping, { file, records }: BatchRecords) {
  const valid = [];
  const errors: ImportRowError[] = [];
  const firstLines = file.firstLines(mapping.externalId ?? '');
  for (const record of records) {
    const result = readImportRow(kind, mapping, record.values, record.line);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    // The same id twice in one file: the first row wins, the others are errors.
    const firstLine = firstLines.get(result.row.externalId);
    if (firstLine !== undefined && firstLine !== record.line) {
      errors.push(referenceError(record.line, mapping, 'externalId', `This id is already on line ${firstLine}.`));
      continue;
    }
    valid.push(result);
  }
  return { valid, errors };
}

function finish<T>(ready: (T & { line: number })[], existing: number, errors: ImportRowError[]): PreparedRows<T> {
  return { ready, existing, errors, errorRows: new Set(errors.map((error) => error.line)).size };
}

export async function prepareClients(ctx: PrepareContext, mapping: ColumnMapping, records: BatchRecords): Promise<PreparedRows<ImportedClient>> {
  const { valid, errors } = checkRows('clients', mapping, records);
  const claimed = await ctx.repos.imports.claimed('clients', valid.map((result) => result.row.externalId));
  const fresh = valid.filter((result) => !claimed.has(result.row.externalId));
  const ready = fresh.map(({ line, row }) => ({ line, externalId: row.externalId, clientId: ctx.newId(), client: toCreateClient(row) }));
  return finish(ready, valid.length - fresh.length, errors);
}

function toCreateClient(row: ImportClientRow): ImportedClient['client'] {
  const { externalId: _id, ...fields } = row;
  return {
    ...fields,
    alerts: [],
    communication: { email: true, sms: false, reminders: true, marketing: false },
    consent: { treatment: false, privacyPolicy: false, electronicCommunication: false },
  };
}

export async function prepareCases(ctx: PrepareContext, mapping: ColumnMapping, records: BatchRecords): Promise<PreparedRows<ImportedCase>> {
  const { valid, errors } = checkRows('cases', mapping, records);
  const [claimed, clients] = await Promise.all([
    ctx.repos.imports.claimed('cases', valid.map((result) => result.row.externalId)),
    ctx.repos.imports.claimed('clients', valid.map((result) => result.row.clientExternalId)),
  ]);
  const ready: (ImportedCase & { line: number })[] = [];
  let existing = 0;
  for (const { line, row } of valid) {
    if (claimed.has(row.externalId)) existing += 1;
    else {
      const clientId = clients.get(row.clientExternalId);
      if (!clientId) errors.push(referenceError(line, mapping, 'clientExternalId', 'No imported client has this id: import the clients first.'));
      else ready.push({ line, externalId: row.externalId, caseId: ctx.newId(), clientId, fields: caseFields(row), payers: payersOf(row, ctx.newId) });
    }
  }
  return finish(ready, existing, errors);
}

function caseFields(row: ImportCaseRow): ImportedCase['fields'] {
  return {
    caseType: row.caseType,
    intakeDate: row.intakeDate,
    status: row.status,
    ...(row.title ? { title: row.title } : {}),
    ...(row.dateOfInjury ? { dateOfInjury: row.dateOfInjury } : {}),
  };
}

/** One payer per case row, covering the remainder (what is not set otherwise): its coverage is edited in Casefile afterwards. */
function payersOf(row: ImportCaseRow, newId: () => string): ImportedCase['payers'] {
  if (!row.payerName) return [];
  return [
    {
      payerId: newId(),
      kind: row.payerKind ?? 'insurer',
      name: row.payerName,
      coverage: { kind: 'remainder' },
      active: true,
      ...(row.policyNumber ? { policyNumber: row.policyNumber } : {}),
      ...(row.claimNumber ? { claimNumber: row.claimNumber } : {}),
    },
  ];
}

const byName = (name: string) => name.trim().toLowerCase();

export async function prepareAppointments(ctx: PrepareContext, mapping: ColumnMapping, records: BatchRecords): Promise<PreparedRows<ImportedAppointment> & { daysOf: (appointment: StoredAppointment) => CalendarDayKey[] }> {
  const { valid, errors } = checkRows('appointments', mapping, records);
  const { repos } = ctx;
  const [claimed, cases, calendars, sessions, locations, policy] = await Promise.all([
    repos.imports.claimed('appointments', valid.map((result) => result.row.externalId)),
    repos.imports.claimed('cases', valid.map((result) => result.row.caseExternalId)),
    repos.calendars.list({ limit: 100 }),
    repos.sessions.list({ limit: 100 }),
    repos.locations.list({ limit: 100 }),
    repos.billing.policy(),
  ]);
  const caseFiles = new Map((await repos.cases.getMany([...new Set(cases.values())])).map((file) => [file.caseId, file]));
  const calendarByName = new Map(calendars.items.map((calendar) => [byName(calendar.name), calendar]));
  const sessionByName = new Map(sessions.items.map((session) => [byName(session.name), session]));
  const zoneOf = new Map(locations.items.map((location) => [location.locationId, location.timeZone]));
  const calendarZone = (calendarId: string) => zoneOf.get(calendars.items.find((calendar) => calendar.calendarId === calendarId)?.locationId ?? '') ?? 'UTC';

  const ready: (ImportedAppointment & { line: number })[] = [];
  let existing = 0;
  for (const { line, row } of valid) {
    if (claimed.has(row.externalId)) {
      existing += 1;
      continue;
    }
    const built = buildAppointment(ctx, row, {
      caseFile: caseFiles.get(cases.get(row.caseExternalId) ?? ''),
      calendar: calendarByName.get(byName(row.calendar)),
      session: sessionByName.get(byName(row.session)),
      zoneOf: calendarZone,
    });
    if ('field' in built) errors.push(referenceError(line, mapping, built.field, built.message));
    else ready.push({ line, externalId: row.externalId, appointment: built, billedEpisode: importedBillingEpisode(row.status, policy) });
  }
  const daysOf = (appointment: StoredAppointment) =>
    localDaysTouched(appointment.start, appointment.end, calendarZone(appointment.calendarId)).map((date) => ({ calendarId: appointment.calendarId, date }));
  return { ...finish(ready, existing, errors), daysOf };
}

function buildAppointment(
  ctx: PrepareContext,
  row: ImportAppointmentRow,
  found: { caseFile: { caseId: string; clientId: string } | undefined; calendar: { calendarId: string } | undefined; session: { sessionId: string } | undefined; zoneOf: (calendarId: string) => string },
): StoredAppointment | { field: string; message: string } {
  if (!found.caseFile) return { field: 'caseExternalId', message: 'No imported case has this id: import the cases first.' };
  if (!found.calendar) return { field: 'calendar', message: 'No calendar of the clinic has this name.' };
  if (!found.session) return { field: 'session', message: 'No session of the clinic has this name.' };
  const times = importedVisitTimes(row, found.zoneOf(found.calendar.calendarId));
  if ('field' in times) return times;
  return {
    clinicId: ctx.repos.clinicId,
    appointmentId: ctx.newId(),
    caseId: found.caseFile.caseId,
    clientId: found.caseFile.clientId,
    sessionId: found.session.sessionId,
    calendarId: found.calendar.calendarId,
    resourceCalendarIds: [],
    start: times.start,
    end: times.end,
    status: row.status,
    statusChangedAt: ctx.now,
    // Imported visits announce nothing; reminders of future ones are planned as for any booking.
    notify: false,
    mode: 'staff',
    ...(row.notes ? { notes: row.notes } : {}),
    createdAt: ctx.now,
    updatedAt: ctx.now,
    createdBy: ctx.repos.actor,
    updatedBy: ctx.repos.actor,
    version: 1,
  };
}
