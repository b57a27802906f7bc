import * as z from 'zod';
import { appointmentStatusSchema } from './appointment';
import { calendarKindSchema, localTimeSchema, visibleHoursSchema } from './calendar';
import { instantSchema, localDateSchema, timeZoneSchema, ulidSchema } from './common';

const dayAppointmentSchema = z.object({
  appointmentId: ulidSchema,
  start: instantSchema,
  end: instantSchema,
  status: appointmentStatusSchema,
  caseId: ulidSchema,
  caseLabel: z.string(),
  clientId: ulidSchema,
  clientName: z.string(),
  sessionId: ulidSchema,
  sessionName: z.string(),
  /** The appointment's own provider calendar; differs from the column on room and equipment columns. */
  calendarId: ulidSchema,
});

export const dayViewSchema = z
  .object({
    locationId: ulidSchema,
    date: localDateSchema,
    timeZone: timeZoneSchema,
    columns: z.array(
      z.object({
        calendarId: ulidSchema,
        name: z.string(),
        kind: calendarKindSchema,
        disciplineIds: z.array(ulidSchema),
        visibleHours: visibleHoursSchema,
        shift: z
          .object({ shiftId: ulidSchema, start: localTimeSchema, end: z.string(), breaks: z.array(z.object({ start: z.string(), end: z.string(), label: z.string().optional() })) })
          .nullable(),
        blocks: z.array(z.object({ blockId: ulidSchema, kind: z.string(), label: z.string().optional(), start: instantSchema, end: instantSchema })),
        appointments: z.array(dayAppointmentSchema),
      }),
    ),
    /** Per status, over the shown columns, whatever the status filter (the status bar's toggles). */
    counts: z.record(z.string(), z.number().int()),
    total: z.number().int(),
  })
  .meta({ id: 'DayView' });

export type DayView = z.infer<typeof dayViewSchema>;
