/**
 * Appointment request and response schemas (SPEC A1-A5). The rules behind them live in
 * `../appointments`: the lifecycle, repeat patterns and series scopes.
 */
import * as z from 'zod';
import { APPOINTMENT_STATUSES, DEFAULT_VISIBLE_STATUSES, STAFF_TARGET_STATUSES } from '../appointments/lifecycle';
import { MAX_REPEAT_INTERVAL_WEEKS, MAX_REPEAT_OCCURRENCES } from '../appointments/repeatPattern';
import { SERIES_SCOPES } from '../appointments/series';
import { WEEKDAY_CODES } from '../shifts/weeklyRepeat';
import { explanationSchema } from './availability';
import { instantSchema, localDateSchema, recordMetaSchema, ulidSchema } from './common';

/** Extra calendars (room, equipment) one appointment may hold besides its main calendar. */
export const MAX_RESOURCE_CALENDARS = 2;
export const MAX_DAY_VIEW_CALENDARS = 60;

export const appointmentStatusSchema = z.enum(APPOINTMENT_STATUSES).meta({ id: 'AppointmentStatus' });

/** How a booking was made: staff may overlap (A1), `no_overlap` and online bookings never do. */
export const BOOKING_MODES = ['staff', 'no_overlap', 'online'] as const;
export const STAFF_BOOKING_MODES = ['staff', 'no_overlap'] as const;
const staffModeSchema = z.enum(STAFF_BOOKING_MODES).meta({
  id: 'StaffBookingMode',
  description: "'staff' books even over other appointments and reports what it overlaps; 'no_overlap' refuses a time that is not free.",
});

const resourceCalendarIdsSchema = z
  .array(ulidSchema)
  .max(MAX_RESOURCE_CALENDARS)
  .meta({ description: 'Room or equipment calendars the appointment also holds.' });

const notesSchema = z.string().trim().max(2000);

type CalendarChoice = { calendarId?: string | undefined; resourceCalendarIds?: string[] | undefined };

/** A calendar listed twice, or a resource that is the main calendar, would hold one calendar twice. */
function checkCalendars(value: CalendarChoice, context: z.RefinementCtx): void {
  const resources = value.resourceCalendarIds ?? [];
  resources.forEach((id, index) => {
    if (id === value.calendarId) context.addIssue({ code: 'custom', path: ['resourceCalendarIds', index], message: 'The main calendar is not also a resource.' });
    else if (resources.indexOf(id) !== index) context.addIssue({ code: 'custom', path: ['resourceCalendarIds', index], message: 'Listed twice.' });
  });
}

export const createAppointmentSchema = z
  .strictObject({
    caseId: ulidSchema.meta({ description: 'The case file the visit belongs to; the client is its client.' }),
    sessionId: ulidSchema,
    calendarId: ulidSchema,
    resourceCalendarIds: resourceCalendarIdsSchema.optional(),
    start: instantSchema,
    mode: staffModeSchema.default('staff'),
    notify: z.boolean().nullable().optional().meta({ description: "Send the new-booking notice; null or absent: the clinic's default." }),
    notes: notesSchema.optional(),
  })
  .superRefine(checkCalendars)
  .meta({ id: 'CreateAppointment' });

export const transitionAppointmentSchema = z
  .strictObject({
    status: z.enum(STAFF_TARGET_STATUSES).meta({ description: 'Paid and Rebooked are not asked for: billing and the move operation enter them.' }),
    reason: z.string().trim().min(1).max(500).optional().meta({ description: 'Why the appointment is canceled; required with canceled, refused otherwise.' }),
  })
  .superRefine((value, context) => {
    if (value.status === 'canceled' && value.reason === undefined) context.addIssue({ code: 'custom', path: ['reason'], message: 'Required when status is canceled.' });
    if (value.status !== 'canceled' && value.reason !== undefined) context.addIssue({ code: 'custom', path: ['reason'], message: 'Only allowed when status is canceled.' });
  })
  .meta({ id: 'TransitionAppointment' });

const placementFields = {
  start: instantSchema,
  calendarId: ulidSchema.optional().meta({ description: 'Absent: the same calendar.' }),
  resourceCalendarIds: resourceCalendarIdsSchema.optional().meta({ description: 'Absent: the same resources.' }),
  mode: staffModeSchema.optional().meta({ description: "Absent: the original appointment's mode ('online' bookings move as 'no_overlap')." }),
};

export const moveAppointmentSchema = z
  .strictObject(placementFields)
  .superRefine(checkCalendars)
  .meta({ id: 'MoveAppointment', description: 'Reschedules: a new appointment is booked and this one becomes Rebooked, linked both ways.' });

export const copyAppointmentSchema = z
  .strictObject(placementFields)
  .superRefine(checkCalendars)
  .meta({ id: 'CopyAppointment', description: 'Books another appointment like this one at another time or on another calendar.' });

export const repeatPatternSchema = z
  .strictObject({
    weekdays: z.array(z.enum(WEEKDAY_CODES)).min(1).max(7),
    intervalWeeks: z.number().int().min(1).max(MAX_REPEAT_INTERVAL_WEEKS).default(1).meta({ description: '1 = every week, 2 = every other week, counted from the first appointment\'s week.' }),
    count: z.number().int().min(1).max(MAX_REPEAT_OCCURRENCES).optional().meta({ description: 'Occurrences in all, the first appointment included.' }),
    until: localDateSchema.optional().meta({ description: 'Last local date, included.' }),
  })
  .superRefine((value, context) => {
    value.weekdays.forEach((day, index) => {
      if (value.weekdays.indexOf(day) !== index) context.addIssue({ code: 'custom', path: ['weekdays', index], message: 'Listed twice.' });
    });
    if ((value.count === undefined) === (value.until === undefined)) {
      context.addIssue({ code: 'custom', path: [value.count === undefined ? 'count' : 'until'], message: 'Send exactly one of count and until.' });
    }
  })
  .meta({
    id: 'RepeatPattern',
    description: `Weekly on the chosen weekdays at the first appointment's local time; at most ${MAX_REPEAT_OCCURRENCES} occurrences.`,
  });

export const repeatPreviewSchema = z.strictObject({ pattern: repeatPatternSchema }).meta({ id: 'RepeatPreview' });

export const repeatConfirmSchema = z
  .strictObject({
    pattern: repeatPatternSchema,
    dates: z.array(localDateSchema).min(1).max(MAX_REPEAT_OCCURRENCES).meta({ description: "The pattern's local dates to book, as the preview listed them." }),
    mode: staffModeSchema.optional().meta({ description: "Absent: the repeated appointment's mode." }),
  })
  .superRefine((value, context) => {
    value.dates.forEach((date, index) => {
      if (value.dates.indexOf(date) !== index) context.addIssue({ code: 'custom', path: ['dates', index], message: 'Listed twice.' });
    });
  })
  .meta({ id: 'RepeatConfirm', description: 'Books the chosen dates of the pattern as one series.' });

export const seriesScopeQuerySchema = z.strictObject({
  scope: z.enum(SERIES_SCOPES).default('one').meta({
    description: "'one': only this appointment. 'following': this one and the later ones of its series.",
  }),
});

export const cancellationSchema = z
  .object({
    reason: z.string(),
    late: z.boolean().meta({ description: "Canceled inside the clinic's late-cancellation window." }),
  })
  .meta({ id: 'Cancellation' });

export const appointmentSchema = z
  .object({
    appointmentId: ulidSchema,
    clinicId: ulidSchema,
    caseId: ulidSchema,
    clientId: ulidSchema,
    sessionId: ulidSchema,
    calendarId: ulidSchema,
    resourceCalendarIds: z.array(ulidSchema),
    start: instantSchema,
    end: instantSchema.meta({ description: "Start plus the session's duration when booked." }),
    status: appointmentStatusSchema,
    statusChangedAt: instantSchema,
    cancellation: cancellationSchema.optional(),
    rescheduledFromId: ulidSchema.optional().meta({ description: 'The appointment this one replaced (now Rebooked).' }),
    rescheduledToId: ulidSchema.optional().meta({ description: 'The appointment that replaced this one.' }),
    seriesId: ulidSchema.optional().meta({ description: 'Shared by the appointments one repeat created.' }),
    notify: z.boolean().optional().meta({ description: "Absent: the clinic's default." }),
    notes: z.string().optional(),
    mode: z.enum(BOOKING_MODES),
  })
  .extend(recordMetaSchema.shape)
  .meta({ id: 'Appointment' });

export const bookingResultSchema = z
  .object({
    appointment: appointmentSchema,
    conflicts: z
      .array(z.object({ calendarId: ulidSchema, appointmentId: ulidSchema, start: instantSchema, end: instantSchema }))
      .meta({ description: "The appointments a staff-mode booking overlaps (A1); always empty in 'no_overlap' mode." }),
    warnings: z
      .array(z.object({ code: z.string(), text: z.string() }))
      .optional()
      .meta({ description: 'E.g. authorization_exhausted / authorization_expired when the clinic policy warns instead of refusing (K5).' }),
  })
  .meta({ id: 'BookingResult' });

export const repeatPreviewResultSchema = z
  .object({
    occurrences: z.array(
      z.object({
        date: localDateSchema,
        start: instantSchema,
        end: instantSchema,
        bookable: z.boolean().meta({ description: "Bookable in the request's mode on every calendar." }),
        explanations: z.array(explanationSchema).meta({ description: 'One per calendar the appointment holds, with its conflicts.' }),
      }),
    ),
  })
  .meta({ id: 'RepeatPreviewResult', description: 'The first occurrence is the appointment being repeated.' });

export const repeatConfirmResultSchema = z
  .object({ seriesId: ulidSchema, items: z.array(appointmentSchema) })
  .meta({ id: 'RepeatConfirmResult' });

function commaList<T extends z.ZodType<unknown, string>>(item: T, max: number, description: string) {
  return z
    .string()
    .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(item).min(1).max(max))
    .meta({ description });
}

export const dayViewQuerySchema = z.strictObject({
  locationId: ulidSchema,
  date: localDateSchema.meta({ description: "A local date in the location's zone." }),
  calendarIds: commaList(ulidSchema, MAX_DAY_VIEW_CALENDARS, 'Comma-separated calendar ids. Absent: the calendars with an active shift that day.').optional(),
  statuses: commaList(appointmentStatusSchema, APPOINTMENT_STATUSES.length, 'Comma-separated statuses. Absent: all but canceled and rebooked.')
    .optional()
    .transform((statuses) => statuses ?? [...DEFAULT_VISIBLE_STATUSES]),
  disciplineId: ulidSchema.optional().meta({ description: 'Only calendars that accept this discipline.' }),
});

export type Appointment = z.infer<typeof appointmentSchema>;
export type CreateAppointment = z.infer<typeof createAppointmentSchema>;
export type TransitionAppointment = z.infer<typeof transitionAppointmentSchema>;
export type MoveAppointment = z.infer<typeof moveAppointmentSchema>;
export type CopyAppointment = z.infer<typeof copyAppointmentSchema>;
export type RepeatPatternInput = z.infer<typeof repeatPatternSchema>;
export type RepeatPreview = z.infer<typeof repeatPreviewSchema>;
export type RepeatConfirm = z.infer<typeof repeatConfirmSchema>;
export type SeriesScopeQuery = z.infer<typeof seriesScopeQuerySchema>;
export type BookingResult = z.infer<typeof bookingResultSchema>;
export type RepeatPreviewResult = z.infer<typeof repeatPreviewResultSchema>;
export type RepeatConfirmResult = z.infer<typeof repeatConfirmResultSchema>;
export type DayViewQuery = z.infer<typeof dayViewQuerySchema>;
export type BookingMode = (typeof BOOKING_MODES)[number];
