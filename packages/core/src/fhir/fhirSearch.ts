/**
 * The search parameters of the FHIR read API as zod schemas: references may be given as
 * `Patient/<id>` or as the bare id, tokens as `system|code` or the bare code, and a date as a
 * FHIR-prefixed value (`ge2026-12-01`; repeat the parameter for a range, which API Gateway joins
 * with commas).
 */
import * as z from 'zod';
import { ulidSchema } from '../schemas/common';

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

export const fhirPatientSearchSchema = z.strictObject({
  _id: ulidSchema.optional(),
  name: z.string().trim().min(1).max(120).optional(),
  email: z.string().trim().min(3).max(254).optional(),
  phone: z.string().trim().min(3).max(40).optional(),
});
export type FhirPatientSearch = z.infer<typeof fhirPatientSearchSchema>;

/** Searches of resources that belong to one patient: the patient is required (no clinic-wide dumps). */
export const fhirByPatientSearchSchema = z.strictObject({ patient: fhirReferenceSchema('Patient') });

export const fhirScheduleSearchSchema = z.strictObject({ active: z.enum(['true', 'false']).optional() });

export const fhirSlotSearchSchema = z.strictObject({
  schedule: fhirReferenceSchema('Schedule'),
  'service-type': idTokenSchema.meta({ description: 'The session (its id) whose length the free slots have.' }),
  start: fhirDateRangeSchema.optional(),
});
export type FhirSlotSearch = z.infer<typeof fhirSlotSearchSchema>;

export const fhirIdParamsSchema = z.strictObject({ id: ulidSchema });

/** FHIR answers are resources; the OpenAPI document names them loosely (their R4 definitions are the contract). */
export const fhirResourceSchema = z.looseObject({ resourceType: z.string() }).meta({ id: 'FhirResource', description: 'A FHIR R4 resource (application/fhir+json).' });
