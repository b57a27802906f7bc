/**
 * The search parameters of the FHIR read API as zod schemas: references may be given as
 * `Patient/<id>` or as the bare id, tokens as `system|code` or the bare code, and a date as a
 * FHIR-prefixed value (`ge2026-12-01`; repeat the parameter for a range, which API Gateway joins
 * with commas).
 */
import * as z from 'zod';
import { ulidSchema } from '../schemas/common';
import type { Client } from '../schemas/client';
import type { Appointment, EpisodeOfCare, Invoice } from 'fhir/r4';

const ULID = '[0-9A-HJKMNP-TV-Z]{26}';

/** A reference to one resource type: `Type/<ULID>` or the bare ULID, parsed to the id. */
export function fhirReferenceSchema(type: string) {
  return z
    .string()
    .regex(new RegExp(`^(?:${type}/)?${ULID}$`), `Must be ${type}/<id>.`)
    .transform((value) => value.slice(value.lastIndexOf('/') + 1));
}

/** A token, `system|code` or a bare code, parsed to the code (which must be a Casefile id). */
const idTokenSchema = z
  .string()
  .regex(new RegExp(`^(?:[^|]*\\|)?${ULID}$`), 'Must be a code (an id), optionally prefixed with its system and |.')
  .transform((value) => value.slice(value.lastIndexOf('|') + 1));

const DATE_PARAM = /^(ge|gt|le|lt|eq)?(\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z)?)$/;

/** `start` values as a [from, to) window in instants; an unbounded side is left undefined. */
export const fhirDateRangeSchema = z
  .string()
  .max(200)
  .transform((value, ctx) => {
    const range: { from?: string; to?: string } = {};
    for (const part of value.split(',')) {
      const match = DATE_PARAM.exec(part.trim());
      const at = match?.[2] ? new Date(match[2].length === 10 ? `${match[2]}T00:00:00.000Z` : match[2]) : undefined;
      if (!match || !at || Number.isNaN(at.getTime())) {
        ctx.addIssue({ code: 'custom', message: 'Must be a date or instant with an optional ge, gt, le, lt or eq prefix.' });
        return z.NEVER;
      }
      const prefix = match[1] ?? 'eq';
      if (prefix === 'ge' || prefix === 'gt' || prefix === 'eq') range.from = at.toISOString();
      if (prefix === 'le' || prefix === 'lt') range.to = at.toISOString();
      if (prefix === 'eq') range.to = new Date(at.getTime() + 86_400_000).toISOString();
    }
    if (range.from && range.to && range.from >= range.to) {
      ctx.addIssue({ code: 'custom', message: 'The window ends before it starts.' });
      return z.NEVER;
    }
    return range;
  });

/** A FHIR token parameter of one code list, `system|code` or the bare code. */
function fhirCodeSchema<const Code extends string>(codes: readonly Code[]) {
  return z
    .string()
    .max(100)
    .transform((value) => value.slice(value.lastIndexOf('|') + 1))
    .pipe(z.enum(codes));
}

/** A reference to a member who acts on a calendar: `Practitioner/<id>`, `urn:casefile:member|<id>` or the bare id. */
const memberActorSchema = z
  .string()
  .regex(new RegExp(`^(?:Practitioner/|[^|/]*\\|)?${ULID}$`), 'Must be the member id (Practitioner/<id> or urn:casefile:member|<id>).')
  .transform((value) => value.slice(Math.max(value.lastIndexOf('/'), value.lastIndexOf('|')) + 1));

/**
 * GET /Patient takes only the id: names, birth dates, emails and phones are personal and never sit in
 * a URL (issue 20), so they are searched with POST /Patient/_search and a JSON body.
 */
export const fhirPatientIdSearchSchema = z.strictObject({ _id: ulidSchema });

export const fhirPatientSearchSchema = z
  .strictObject({
    _id: ulidSchema.optional(),
    name: z.string().trim().min(1).max(120).optional().meta({ description: 'Prefix of the family or a given name.' }),
    family: z.string().trim().min(1).max(120).optional(),
    given: z.string().trim().min(1).max(120).optional(),
    birthdate: z.iso.date().optional(),
    email: z.string().trim().min(3).max(254).optional(),
    phone: z.string().trim().min(3).max(40).optional(),
  })
  .refine((search) => Object.values(search).some((value) => value !== undefined), { message: 'Give at least one search parameter.', path: ['name'] });
export type FhirPatientSearch = z.infer<typeof fhirPatientSearchSchema>;

/** Whether a client matches every parameter given: prefixes for names (case-insensitive), whole values otherwise. */
export function matchesPatientSearch(client: Client, search: FhirPatientSearch): boolean {
  const starts = (value: string | undefined, prefix: string) => (value ?? '').toLowerCase().startsWith(prefix.toLowerCase());
  const givens = [client.firstName, client.preferredName];
  const digits = (value: string | undefined) => (value ?? '').replace(/\D/g, '');
  return (
    (search._id === undefined || client.clientId === search._id) &&
    (search.family === undefined || starts(client.lastName, search.family)) &&
    (search.given === undefined || givens.some((given) => starts(given, search.given!))) &&
    (search.name === undefined || [client.lastName, ...givens].some((part) => starts(part, search.name!)) || starts(`${client.firstName} ${client.lastName}`, search.name)) &&
    (search.birthdate === undefined || client.dateOfBirth === search.birthdate) &&
    (search.email === undefined || (client.email ?? '').toLowerCase() === search.email.toLowerCase()) &&
    (search.phone === undefined || (digits(search.phone) !== '' && [client.phone, client.mobilePhone].some((phone) => digits(phone) !== '' && digits(phone).endsWith(digits(search.phone).slice(-7)))))
  );
}

// Status filters take every R4 code of the element, not only those Casefile produces: a valid code
// that no mapping yields simply matches nothing.
const episodeStatuses = ['planned', 'waitlist', 'active', 'onhold', 'finished', 'cancelled', 'entered-in-error'] as const satisfies readonly NonNullable<EpisodeOfCare['status']>[];
const appointmentStatuses = ['proposed', 'pending', 'booked', 'arrived', 'fulfilled', 'cancelled', 'noshow', 'entered-in-error', 'checked-in', 'waitlist'] as const satisfies readonly NonNullable<Appointment['status']>[];
const invoiceStatuses = ['draft', 'issued', 'balanced', 'cancelled', 'entered-in-error'] as const satisfies readonly NonNullable<Invoice['status']>[];

export const fhirEpisodeSearchSchema = z.strictObject({ patient: fhirReferenceSchema('Patient'), status: fhirCodeSchema(episodeStatuses).optional() });
export type FhirEpisodeSearch = z.infer<typeof fhirEpisodeSearchSchema>;

/** By patient or by the calendar (Schedule) the appointment is on; a calendar's window is at most a year. */
export const fhirAppointmentSearchSchema = z
  .strictObject({
    patient: fhirReferenceSchema('Patient').optional(),
    actor: fhirReferenceSchema('Schedule').optional().meta({ description: 'The calendar (Schedule/<id>) the appointment is on.' }),
    date: fhirDateRangeSchema.optional(),
    status: fhirCodeSchema(appointmentStatuses).optional(),
  })
  .refine((search) => search.patient !== undefined || search.actor !== undefined, { message: 'Search by patient or by actor (a Schedule).', path: ['patient'] });
export type FhirAppointmentSearch = z.infer<typeof fhirAppointmentSearchSchema>;

export const fhirScheduleSearchSchema = z.strictObject({ active: z.enum(['true', 'false']).optional(), actor: memberActorSchema.optional() });

export const fhirChargeItemSearchSchema = z
  .strictObject({ patient: fhirReferenceSchema('Patient').optional(), context: fhirReferenceSchema('EpisodeOfCare').optional() })
  .refine((search) => search.patient !== undefined || search.context !== undefined, { message: 'Search by patient or by context (an EpisodeOfCare).', path: ['patient'] });

export const fhirInvoiceSearchSchema = z.strictObject({ patient: fhirReferenceSchema('Patient'), status: fhirCodeSchema(invoiceStatuses).optional() });

export const fhirSlotSearchSchema = z.strictObject({
  schedule: fhirReferenceSchema('Schedule'),
  'service-type': idTokenSchema.meta({ description: 'The session (its id) whose length the free slots have.' }),
  start: fhirDateRangeSchema.optional(),
});
export type FhirSlotSearch = z.infer<typeof fhirSlotSearchSchema>;

export const fhirIdParamsSchema = z.strictObject({ id: ulidSchema });

/** FHIR answers are resources; the OpenAPI document names them loosely (their R4 definitions are the contract). */
export const fhirResourceSchema = z.looseObject({ resourceType: z.string() }).meta({ id: 'FhirResource', description: 'A FHIR R4 resource (application/fhir+json).' });
