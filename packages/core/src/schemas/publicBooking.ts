/**
 * The public booking API (SPEC O1-O5): what the booking pages read and send. No login: the clinic is
 * named by its slug in the path; a client proves their email with a one-time code before booking,
 * and manages a booking through a signed, expiring link.
 */
import * as z from 'zod';
import { addressSchema, emailSchema, instantSchema, localDateSchema, nameSchema, phoneSchema, timeZoneSchema, ulidSchema } from './common';

export const clinicSlugSchema = z.string().regex(/^[a-z0-9](?:[a-z0-9-]{1,48}[a-z0-9])$/, 'Not a clinic address.');
export const publicClinicParamsSchema = z.strictObject({ clinicSlug: clinicSlugSchema });

export const publicClinicSchema = z
  .object({
    name: z.string(),
    slug: z.string(),
    phone: phoneSchema.optional(),
    contactEmail: emailSchema.optional(),
    locations: z.array(z.object({ locationId: ulidSchema, name: z.string(), timeZone: timeZoneSchema, address: addressSchema.optional(), phone: phoneSchema.optional() })),
    disciplines: z.array(z.object({ disciplineId: ulidSchema, name: z.string() })),
    calendars: z
      .array(
        z.object({
          calendarId: ulidSchema,
          name: z.string(),
          locationId: ulidSchema,
          disciplineIds: z.array(ulidSchema),
          selfCancelWindowHours: z.number().int().min(0).meta({ description: 'Online changes close this many hours before an appointment; a time nearer than that cannot be changed online once booked.' }),
        }),
      )
      .meta({ description: 'Provider calendars open for online booking.' }),
    sessions: z
      .array(z.object({ sessionId: ulidSchema, name: z.string(), disciplineId: ulidSchema, durationMinutes: z.number().int() }))
      .meta({ description: 'Sessions bookable online that at least one online calendar accepts.' }),
  })
  .meta({ id: 'PublicClinic' });

export const MAX_PUBLIC_AVAILABILITY_DAYS = 14;

export const publicAvailabilityQuerySchema = z.strictObject({
  sessionId: ulidSchema,
  locationId: ulidSchema,
  calendarId: ulidSchema.optional().meta({ description: 'Absent: any online provider calendar at the location that takes the session.' }),
  from: localDateSchema.meta({ description: "First local date in the location's zone." }),
  days: z.coerce.number().int().min(1).max(MAX_PUBLIC_AVAILABILITY_DAYS).default(7),
});

export const publicAvailabilitySchema = z
  .object({
    timeZone: timeZoneSchema.meta({ description: 'The zone every local label is in: the location’s.' }),
    days: z.array(
      z.object({
        date: localDateSchema,
        slots: z.array(z.object({ start: instantSchema, localTime: z.string().meta({ description: 'HH:MM in timeZone.' }), calendarIds: z.array(ulidSchema) })),
      }),
    ),
  })
  .meta({ id: 'PublicAvailability' });

export const requestEmailCodeSchema = z.strictObject({ email: emailSchema }).meta({ id: 'RequestEmailCode' });
export const emailCodeSentSchema = z
  .object({ sent: z.literal(true), expiresInMinutes: z.number().int() })
  .meta({ id: 'EmailCodeSent', description: 'The same answer for every address, known or not.' });

export const publicBookingRequestSchema = z
  .strictObject({
    sessionId: ulidSchema,
    calendarId: ulidSchema.optional().meta({ description: 'Absent: the first online calendar free at that start.' }),
    locationId: ulidSchema,
    start: instantSchema,
    firstName: nameSchema,
    lastName: nameSchema,
    email: emailSchema,
    phone: phoneSchema.optional(),
    code: z.string().regex(/^\d{6}$/, 'The 6-digit code from the email.'),
    notes: z.string().trim().max(500).optional(),
  })
  .meta({ id: 'PublicBookingRequest' });

export const publicBookingSchema = z
  .object({
    status: z.enum(['booked', 'confirmed', 'arrived', 'paid', 'no_show', 'canceled', 'rebooked']),
    start: instantSchema,
    end: instantSchema,
    timeZone: timeZoneSchema,
    localStart: z.string().meta({ description: 'YYYY-MM-DDTHH:MM in timeZone.' }),
    sessionName: z.string(),
    calendarName: z.string(),
    locationName: z.string(),
    canCancel: z.boolean(),
    selfCancelUntil: instantSchema.meta({ description: 'After this the client is asked to contact the clinic.' }),
    selfCancelWindowHours: z.number().int().min(0),
    clinic: z.object({ name: z.string(), phone: phoneSchema.optional(), contactEmail: emailSchema.optional() }),
    contact: z
      .object({ kind: z.enum(['phone', 'email']), value: z.string() })
      .optional()
      .meta({ description: "How to reach the clinic about this booking: the location's phone, else the clinic's, else its email." }),
    rebook: z
      .object({ clinicSlug: z.string(), sessionId: ulidSchema, locationId: ulidSchema, calendarId: ulidSchema })
      .optional()
      .meta({ description: 'What the manage page needs to list other times for this booking (the availability query of the same session and provider).' }),
  })
  .meta({ id: 'PublicBooking' });

export const publicBookingResultSchema = z
  .object({ booking: publicBookingSchema, manageToken: z.string().meta({ description: 'Opens /book/manage#{token} (after the #, so never in a URL a server logs); also sent by email.' }) })
  .meta({ id: 'PublicBookingResult' });

const manageTokenSchema = z.string().min(20).max(2048).meta({ description: 'The signed token of the manage link (the part after /book/manage#).' });
/** Manage links carry their token in the page's fragment and the page sends it in the body: never in a URL. */
export const manageTokenBodySchema = z.strictObject({ token: manageTokenSchema }).meta({ id: 'ManageToken' });
export const publicRescheduleSchema = z.strictObject({ token: manageTokenSchema, start: instantSchema }).meta({ id: 'PublicReschedule' });

export type PublicClinic = z.infer<typeof publicClinicSchema>;
export type PublicAvailabilityQuery = z.infer<typeof publicAvailabilityQuerySchema>;
export type PublicAvailability = z.infer<typeof publicAvailabilitySchema>;
export type PublicBookingRequest = z.infer<typeof publicBookingRequestSchema>;
export type PublicBooking = z.infer<typeof publicBookingSchema>;
