/** The booking context (SPEC A6): what front desk sees about a case while booking into it. */
import * as z from 'zod';
import { caseStatusSchema, CASE_TYPES } from './caseFile';
import { appointmentStatusSchema } from './appointment';
import { currencySchema, emailSchema, instantSchema, localDateSchema, phoneSchema, ulidSchema } from './common';

const visitSummarySchema = z
  .object({
    appointmentId: ulidSchema,
    caseId: ulidSchema,
    caseLabel: z.string().meta({ description: 'Empty when the case is not readable.' }),
    sessionId: ulidSchema,
    sessionName: z.string(),
    calendarId: ulidSchema,
    calendarName: z.string(),
    start: instantSchema,
    end: instantSchema,
    status: appointmentStatusSchema,
  })
  .meta({ id: 'VisitSummary' });

export const bookingAlertSchema = z
  .object({
    code: z.string().meta({ description: 'client_alert, case_not_open, repeated_no_shows, repeated_late_cancellations, no_treatment_consent, no_contact.' }),
    severity: z.enum(['info', 'warning', 'critical']),
    text: z.string(),
  })
  .meta({ id: 'BookingAlert' });

export const bookingContextSchema = z
  .object({
    case: z.object({
      caseId: ulidSchema,
      caseLabel: z.string(),
      caseType: z.enum(CASE_TYPES),
      status: caseStatusSchema,
      intakeDate: localDateSchema,
      disciplineId: ulidSchema.optional(),
    }),
    client: z.object({
      clientId: ulidSchema,
      name: z.string(),
      email: emailSchema.optional(),
      phone: phoneSchema.optional(),
      mobilePhone: phoneSchema.optional(),
      prefersEmail: z.boolean(),
      prefersSms: z.boolean(),
    }),
    lastVisit: visitSummarySchema.nullable().meta({ description: "The client's latest visit that happened (arrived or paid), on any case." }),
    upcoming: z.array(visitSummarySchema).meta({ description: 'The next active appointments of the client, on any case, soonest first (at most 5).' }),
    upcomingCount: z.number().int(),
    history: z.object({
      visits: z.number().int().meta({ description: 'Arrived or paid visits, all cases.' }),
      noShows: z.number().int(),
      lateCancellations: z.number().int(),
      lastNoShow: instantSchema.nullable(),
    }),
    alerts: z.array(bookingAlertSchema),
    billing: z
      .object({
        currency: currencySchema,
        outstandingMinor: z.number().int().meta({ description: "Owed on the case's issued invoices (ledger)." }),
        clientOutstandingMinor: z.number().int().meta({ description: "Owed on all of the client's cases." }),
        clientCreditMinor: z.number().int(),
        payers: z.array(z.object({ payerId: ulidSchema, kind: z.string(), name: z.string() })),
        authorizations: z.array(
          z.object({ authorizationId: ulidSchema, payerId: ulidSchema, validFrom: localDateSchema, validTo: localDateSchema, remainingVisits: z.number().int().nullable() }),
        ),
        remainingVisits: z.number().int().nullable().meta({ description: 'Remaining authorized visits today over all valid authorizations; null when none limits visits.' }),
        authorizationStanding: z.enum(['ok', 'exhausted', 'expired', 'none']),
      })
      .optional()
      .meta({ description: 'Only for roles that may read billing.' }),
  })
  .meta({ id: 'BookingContext' });

export type BookingContext = z.infer<typeof bookingContextSchema>;
