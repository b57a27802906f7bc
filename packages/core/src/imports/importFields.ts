/**
 * What an import (SPEC P6) can bring in, per kind: the fields a CSV column may map to, which of them
 * a file must have, and the zod schema one row must satisfy once its columns are mapped. Every kind
 * carries the old system's own id (`externalId`): it is kept, so running the same file again finds
 * the records it already made instead of making them twice.
 */
import * as z from 'zod';
import { APPOINTMENT_STATUSES } from '../appointments/lifecycle';
import { CASE_STATUSES } from '../caseStatus';
import { PAYER_KINDS } from '../schemas/billing';
import { CASE_TYPES } from '../schemas/caseFile';
import { CLIENT_STATUSES } from '../schemas/client';
import { emailSchema, localDateSchema, nameSchema, phoneSchema } from '../schemas/common';

export const IMPORT_KINDS = ['clients', 'cases', 'appointments'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

const externalIdSchema = z.string().trim().min(1).max(100);
const optionalText = (max: number) => z.string().trim().max(max).optional();
/** A spelled-out value such as "Workers Compensation" matches the stored `workers_compensation`. */
const loosely = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((value) => (typeof value === 'string' ? value.trim().toLowerCase().replace(/[\s-]+/g, '_') : value), z.enum(values));

export const importClientRowSchema = z.strictObject({
  externalId: externalIdSchema,
  firstName: nameSchema,
  lastName: nameSchema,
  preferredName: nameSchema.optional(),
  dateOfBirth: localDateSchema.optional(),
  gender: optionalText(40),
  email: emailSchema.optional(),
  phone: phoneSchema.optional(),
  mobilePhone: phoneSchema.optional(),
  status: loosely(CLIENT_STATUSES).default('active'),
});

export const importCaseRowSchema = z.strictObject({
  externalId: externalIdSchema,
  clientExternalId: externalIdSchema,
  caseType: loosely(CASE_TYPES).default('private'),
  title: optionalText(200),
  intakeDate: localDateSchema,
  dateOfInjury: localDateSchema.optional(),
  status: loosely(CASE_STATUSES).default('open'),
  payerKind: loosely(PAYER_KINDS).optional(),
  payerName: nameSchema.optional(),
  policyNumber: optionalText(64),
  claimNumber: optionalText(64),
});

/** A start or end as an instant with an offset, or as local wall-clock time in the calendar's zone. */
const timeSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/, 'Must be a date and time such as 2025-03-04 09:30 or 2025-03-04T14:30:00Z.');

export const importAppointmentRowSchema = z
  .strictObject({
    externalId: externalIdSchema,
    caseExternalId: externalIdSchema,
    calendar: nameSchema,
    session: nameSchema,
    start: timeSchema,
    end: timeSchema.optional(),
    durationMinutes: z.coerce.number().int().min(5).max(8 * 60).optional(),
    status: loosely(APPOINTMENT_STATUSES).default('booked'),
    notes: optionalText(2000),
  })
  .refine((row) => row.end !== undefined || row.durationMinutes !== undefined, { message: 'Give an end or a duration.', path: ['end'] });

export const IMPORT_ROW_SCHEMAS = {
  clients: importClientRowSchema,
  cases: importCaseRowSchema,
  appointments: importAppointmentRowSchema,
} as const;

export type ImportClientRow = z.output<typeof importClientRowSchema>;
export type ImportCaseRow = z.output<typeof importCaseRowSchema>;
export type ImportAppointmentRow = z.output<typeof importAppointmentRowSchema>;
export type ImportRowOf<K extends ImportKind> = z.output<(typeof IMPORT_ROW_SCHEMAS)[K]>;

/** The fields of each kind a column may map to, in the order a mapping screen lists them. */
export const IMPORT_FIELDS: { readonly [K in ImportKind]: readonly string[] } = {
  clients: Object.keys(importClientRowSchema.shape),
  cases: Object.keys(importCaseRowSchema.shape),
  appointments: ['externalId', 'caseExternalId', 'calendar', 'session', 'start', 'end', 'durationMinutes', 'status', 'notes'],
};

/** Fields a file must map (the rest may be absent). */
export const REQUIRED_IMPORT_FIELDS: { readonly [K in ImportKind]: readonly string[] } = {
  clients: ['externalId', 'firstName', 'lastName'],
  cases: ['externalId', 'clientExternalId', 'intakeDate'],
  appointments: ['externalId', 'caseExternalId', 'calendar', 'session', 'start'],
};
