import * as z from 'zod';
import { nameSchema, recordMetaSchema, ulidSchema, withoutDefaults } from './common';

export const CALENDAR_KINDS = ['provider', 'room', 'equipment'] as const;
export const calendarKindSchema = z.enum(CALENDAR_KINDS).meta({ id: 'CalendarKind' });

/** Wall-clock time of day, `HH:MM`, 00:00 to 24:00. */
export const localTimeSchema = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Must be a time of day as HH:MM (00:00 to 24:00).')
  .meta({ id: 'LocalTime', example: '09:00' });

export const visibleHoursSchema = z
  .strictObject({ start: localTimeSchema, end: localTimeSchema })
  .refine((hours) => hours.start < hours.end, { message: 'The grid must end after it starts.', path: ['end'] })
  .meta({ id: 'VisibleHours' });

/** The online-booking guardrails of one calendar (SPEC O3). */
export const guardrailsSchema = z
  .strictObject({
    leadTimeMinutes: z.number().int().min(0).max(60 * 24 * 60).default(120),
    bufferBeforeMinutes: z.number().int().min(0).max(240).default(0),
    bufferAfterMinutes: z.number().int().min(0).max(240).default(0),
    horizonDays: z.number().int().min(1).max(730).default(60),
    selfCancelWindowHours: z.number().int().min(0).max(24 * 30).default(24),
  })
  .meta({ id: 'Guardrails' });

/** What `guardrailsSchema.parse({})` returns, written out so importing core runs no parse (test/schemaDefaults.test.ts). */
export const DEFAULT_GUARDRAILS: z.output<typeof guardrailsSchema> = {
  leadTimeMinutes: 120,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  horizonDays: 60,
  selfCancelWindowHours: 24,
};

const calendarFields = {
  kind: calendarKindSchema,
  name: nameSchema,
  locationId: ulidSchema,
  /** The provider a provider calendar belongs to. */
  memberId: ulidSchema.optional(),
  disciplineIds: z.array(ulidSchema).max(30).default([]),
  /** Members (providers) who may see and book this calendar; owners, managers and front desk see all. */
  grantedMemberIds: z.array(ulidSchema).max(200).default([]),
  onlineBooking: z.boolean().default(false),
  visibleHours: visibleHoursSchema.default({ start: '07:00', end: '21:00' }),
  guardrails: guardrailsSchema.default(DEFAULT_GUARDRAILS),
  active: z.boolean().default(true),
};

export const createCalendarSchema = z
  .strictObject(calendarFields)
  .refine((calendar) => calendar.kind !== 'provider' || calendar.memberId !== undefined, {
    message: 'A provider calendar names its provider.',
    path: ['memberId'],
  })
  .refine((calendar) => calendar.kind === 'provider' || calendar.memberId === undefined, {
    message: 'Only provider calendars belong to a member.',
    path: ['memberId'],
  })
  .meta({ id: 'CreateCalendar' });

export const updateCalendarSchema = z
  .strictObject(withoutDefaults(calendarFields))
  .omit({ kind: true, memberId: true })
  .extend({ guardrails: z.strictObject(withoutDefaults(guardrailsSchema.shape)).partial() })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change.')
  .meta({ id: 'UpdateCalendar' });

export const calendarSchema = z
  .object({ ...calendarFields, calendarId: ulidSchema, clinicId: ulidSchema })
  .extend(recordMetaSchema.shape)
  .meta({ id: 'Calendar' });

export type CalendarKind = (typeof CALENDAR_KINDS)[number];
export type Guardrails = z.infer<typeof guardrailsSchema>;
export type Calendar = z.infer<typeof calendarSchema>;
export type CreateCalendar = z.infer<typeof createCalendarSchema>;
export type UpdateCalendar = z.infer<typeof updateCalendarSchema>;

export const calendarListQuerySchema = z.strictObject({
  locationId: ulidSchema.optional(),
  kind: calendarKindSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(100),
  cursor: z.string().max(2048).optional(),
});
export type CalendarListQuery = z.infer<typeof calendarListQuerySchema>;
