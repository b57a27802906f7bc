import * as z from 'zod';
import { instantSchema, timeZoneSchema, ulidSchema } from './common';

/** The longest window one find-time request searches. */
export const MAX_FIND_TIME_DAYS = 62;
export const MAX_FIND_TIME_CALENDARS = 40;

const modeSchema = z.enum(['staff', 'online']).meta({
  description: "'staff' finds what the front desk may book; 'online' applies the online-booking rules and guardrails.",
});

const calendarIdListSchema = z
  .string()
  .transform((value) => value.split(',').map((id) => id.trim()).filter(Boolean))
  .pipe(z.array(ulidSchema).min(1).max(MAX_FIND_TIME_CALENDARS))
  .meta({ description: 'Comma-separated calendar ids.' });

export const findTimeQuerySchema = z
  .strictObject({
    sessionId: ulidSchema,
    calendarIds: calendarIdListSchema.optional(),
    from: instantSchema.optional(),
    to: instantSchema.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(10),
    mode: modeSchema.default('staff'),
  })
  .refine((query) => !query.from || !query.to || Date.parse(query.to) > Date.parse(query.from), {
    message: 'The range must end after it starts.',
    path: ['to'],
  })
  .refine(
    (query) => !query.from || !query.to || Date.parse(query.to) - Date.parse(query.from) <= MAX_FIND_TIME_DAYS * 86_400_000,
    { message: `Search at most ${MAX_FIND_TIME_DAYS} days at once.`, path: ['to'] },
  );

export const intervalSchema = z.object({ start: instantSchema, end: instantSchema }).meta({ id: 'Interval' });

export const findTimeResultSchema = z
  .object({
    sessionId: ulidSchema,
    from: instantSchema,
    to: instantSchema,
    mode: modeSchema,
    calendars: z.array(
      z.object({
        calendarId: ulidSchema,
        timeZone: timeZoneSchema,
        starts: z.array(instantSchema),
        freeIntervals: z.array(intervalSchema),
      }),
    ),
    /** For sessions that need a room or equipment: starts where the provider and one resource of each kind are free together. */
    combined: z.array(z.object({ start: instantSchema, calendarIds: z.array(ulidSchema) })).optional(),
  })
  .meta({ id: 'FindTimeResult' });

export const explainQuerySchema = z.strictObject({
  calendarId: ulidSchema,
  sessionId: ulidSchema,
  at: instantSchema,
  mode: modeSchema.default('online'),
});

export const explanationSchema = z
  .object({
    calendarId: ulidSchema,
    at: instantSchema,
    end: instantSchema,
    bookable: z.boolean(),
    bookableByStaff: z.boolean(),
    reasons: z.array(
      z.object({
        code: z.string(),
        message: z.string(),
        scope: z.enum(['all', 'online']),
        shiftId: z.string().optional(),
        blockId: z.string().optional(),
        appointmentId: z.string().optional(),
        from: z.string().optional(),
        to: z.string().optional(),
      }),
    ),
  })
  .meta({ id: 'Explanation' });

export type FindTimeQuery = z.infer<typeof findTimeQuerySchema>;
export type ExplainQuery = z.infer<typeof explainQuerySchema>;
