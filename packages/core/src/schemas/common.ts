import * as z from 'zod';
import { isIsoCurrency, phoneProblem } from '../contactFormats';
import { isIanaTimeZone } from '../timeZone';

export const ulidSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'Must be a ULID.');
export const instantSchema = z.iso.datetime({ offset: false }).meta({ description: 'UTC instant, ISO-8601.' });
export const localDateSchema = z.iso.date().meta({ description: 'Calendar date, YYYY-MM-DD.' });
export const timeZoneSchema = z
  .string()
  .refine(isIanaTimeZone, 'Must be an IANA time zone such as America/Toronto.')
  .meta({ description: 'IANA time zone name.', example: 'America/Toronto' });
export const emailSchema = z.email().max(254).meta({ description: 'Email address.', example: 'ann@example.com' });
const PHONE_MESSAGES = {
  shape: 'Must be a phone number: digits, an optional leading +, spaces, dashes, dots and one bracketed area code.',
  digits: 'Must have 7 to 15 digits (E.164).',
  date: 'This is a date, not a phone number.',
} as const;

export const phoneSchema = z
  .string()
  .trim()
  .max(32)
  .superRefine((value, context) => {
    const problem = phoneProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: PHONE_MESSAGES[problem] });
  })
  .meta({ description: 'Phone number, 7 to 15 digits, international (+1 416 555 0100) or national ((416) 555-0100).', example: '+1 416 555 0100' });
export const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'Must be an ISO 4217 currency code such as CAD.')
  .refine(isIsoCurrency, 'Must be an ISO 4217 currency code such as CAD.')
  .meta({ description: 'ISO 4217 currency code.', example: 'CAD' });
export const nameSchema = z.string().trim().min(1).max(120);
export const shortTextSchema = z.string().trim().max(500);

export const addressSchema = z.strictObject({
  line1: z.string().trim().min(1).max(200),
  line2: z.string().trim().max(200).optional(),
  city: z.string().trim().min(1).max(100),
  region: z.string().trim().max(100).optional(),
  postalCode: z.string().trim().max(20).optional(),
  country: z.string().regex(/^[A-Z]{2}$/, 'Must be an ISO 3166-1 alpha-2 country code.'),
}).meta({ id: 'Address' });

/** Fields every stored record carries; `updatedBy` lets the audit consumer name the acting user. */
export const recordMetaSchema = z.object({
  createdAt: instantSchema,
  updatedAt: instantSchema,
  createdBy: z.string(),
  updatedBy: z.string(),
});

export const MAX_PAGE_SIZE = 100;
export const pageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(25),
  cursor: z.string().max(2048).optional(),
});

export function pageOf<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      items: z.array(item),
      nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last.' }),
    })
    .meta({ id });
}

export const idParamsSchema = z.strictObject({ id: ulidSchema });

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem document.' });

type WithoutDefaults<T extends z.ZodRawShape> = { [K in keyof T]: T[K] extends z.ZodDefault<infer Inner> ? Inner : T[K] };

/**
 * The fields of a create schema as a PATCH takes them: defaults removed, so that a field the caller
 * did not send stays as it was instead of being reset to its default.
 */
export function withoutDefaults<T extends z.ZodRawShape>(shape: T): WithoutDefaults<T> {
  return Object.fromEntries(
    Object.entries(shape).map(([field, schema]) => [field, schema instanceof z.ZodDefault ? schema.unwrap() : schema]),
  ) as WithoutDefaults<T>;
}
