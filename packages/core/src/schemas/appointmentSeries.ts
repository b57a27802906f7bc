/** Request and response schemas of the series actions (SPEC A4) that core's appointment schemas do not have. */
import * as z from 'zod';
import { appointmentSchema, appointmentStatusSchema, MAX_RESOURCE_CALENDARS, STAFF_BOOKING_MODES } from './appointment';
import { localTimeSchema } from './calendar';
import { ulidSchema } from './common';

export const cancelSeriesSchema = z
  .strictObject({
    reason: z.string().trim().min(1).max(500).meta({ description: 'Why the appointments are canceled; recorded on each.' }),
  })
  .meta({ id: 'CancelSeries', description: "Cancels this appointment, or with scope 'following' this one and the later ones of its series." });

export const editSeriesNotesSchema = z
  .strictObject({
    notes: z.string().trim().max(2000).meta({ description: 'The new notes; empty clears them.' }),
  })
  .meta({ id: 'EditSeriesNotes', description: "Sets the notes of this appointment, or with scope 'following' of this one and the later ones of its series." });

export const rescheduleSeriesSchema = z
  .strictObject({
    localTime: localTimeSchema.optional().meta({ description: "New local start time (HH:MM) on each appointment's own date. Absent: each keeps its time." }),
    calendarId: ulidSchema.optional().meta({ description: 'Absent: each keeps its calendar.' }),
    resourceCalendarIds: z.array(ulidSchema).max(MAX_RESOURCE_CALENDARS).optional().meta({ description: 'Absent: each keeps its resources.' }),
    mode: z.enum(STAFF_BOOKING_MODES).optional().meta({ description: "Absent: the anchor's mode ('online' moves as 'no_overlap')." }),
  })
  .refine((value) => value.localTime !== undefined || value.calendarId !== undefined || value.resourceCalendarIds !== undefined, {
    message: 'Send a new localTime, calendarId or resourceCalendarIds.',
    path: ['localTime'],
  })
  .meta({ id: 'RescheduleSeries', description: "Reschedules this appointment, or with scope 'following' this one and the later ones of its series: each becomes Rebooked and a new one is booked on its own date." });

export const rescheduleSeriesResultSchema = z
  .object({
    items: z.array(appointmentSchema).meta({ description: 'The new appointments, by start.' }),
    conflicts: z
      .array(z.object({ calendarId: ulidSchema, appointmentId: ulidSchema, start: z.string(), end: z.string() }))
      .meta({ description: "What the new appointments overlap in 'staff' mode; empty in 'no_overlap' mode." }),
    skipped: z
      .array(z.object({ appointmentId: ulidSchema, status: appointmentStatusSchema }))
      .meta({ description: 'Later appointments of the series that cannot be moved (arrived, no-show, paid or final), left as they were.' }),
  })
  .meta({ id: 'RescheduleSeriesResult' });

export const seriesActionResultSchema = z
  .object({
    items: z.array(appointmentSchema).meta({ description: 'The appointments changed, this one first, then by start.' }),
    skipped: z
      .array(z.object({ appointmentId: ulidSchema, status: appointmentStatusSchema }))
      .meta({ description: 'Later appointments of the series left as they were (already final, or past the point this action applies).' }),
  })
  .meta({ id: 'SeriesActionResult' });

export type CancelSeries = z.infer<typeof cancelSeriesSchema>;
export type EditSeriesNotes = z.infer<typeof editSeriesNotesSchema>;
export type RescheduleSeries = z.infer<typeof rescheduleSeriesSchema>;
