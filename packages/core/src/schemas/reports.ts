/** Report requests and responses (SPEC R1-R5). Every figure states its definition here, for the OpenAPI document. */
import * as z from 'zod';
import { ATTENDANCE_GROUPS, REVENUE_GROUPS, UTILIZATION_GROUPS } from '../reports/reportGroups';
import { CASE_GROUPS } from '../reports/caseFigures';
import { CASE_STATUSES } from '../caseStatus';
import { localDateSchema } from './common';

/** The longest period one report reads (a year and a day, for leap years and comparisons). */
export const MAX_REPORT_DAYS = 366;

function periodQuery<G extends readonly [string, ...string[]]>(groups: G) {
  return z
    .strictObject({
      from: localDateSchema.meta({ description: "First local date of the period (the clinic's time zone), included." }),
      to: localDateSchema.meta({ description: 'Last local date of the period, included.' }),
      groupBy: z.enum(groups).default(groups[0]).meta({ description: "Rows per group; 'total' gives one row. week = ISO week starting Monday, named by its Monday; weekday 1 = Monday." }),
    })
    .superRefine((value, context) => {
      if (value.to < value.from) context.addIssue({ code: 'custom', path: ['to'], message: 'Must not be before from.' });
      else if (Date.parse(value.to) - Date.parse(value.from) >= MAX_REPORT_DAYS * 86_400_000) context.addIssue({ code: 'custom', path: ['to'], message: `At most ${MAX_REPORT_DAYS} days after from.` });
    });
}

export const utilizationQuerySchema = periodQuery(UTILIZATION_GROUPS).meta({ id: 'UtilizationQuery' });
export const attendanceQuerySchema = periodQuery(ATTENDANCE_GROUPS).meta({ id: 'AttendanceQuery' });
export const revenueQuerySchema = periodQuery(REVENUE_GROUPS).meta({ id: 'RevenueQuery' });
export const casesQuerySchema = periodQuery(CASE_GROUPS).meta({ id: 'CasesQuery' });
export const dashboardQuerySchema = z.strictObject({
  date: localDateSchema.optional().meta({ description: "The local day to show; today in the clinic's time zone when omitted." }),
});

const periodFields = {
  from: localDateSchema,
  to: localDateSchema,
  timeZone: z.string().meta({ description: 'The zone whose local days the figures are counted in.' }),
  scope: z.enum(['clinic', 'own']).meta({ description: "'own': a provider's figures, only their calendars and charges." }),
};
const group = z.string().meta({ description: "The group's value: a local date, a week's Monday, YYYY-MM, a weekday 1-7, an hour 00-23, or a calendar, member, location, session, charge code, charge source, payment method, referral source kind ('none' = the case names none) or payer kind. '' = none (e.g. a charge of no provider, or of no appointment when grouped by location or session)." });
const rate = z.number().nullable().meta({ description: 'A share between 0 and 1, rounded to 4 decimals; null when its denominator is 0.' });
const minor = (description: string) => z.number().int().nullable().meta({ description: `${description} Minor units of the clinic currency; null when not kept by this grouping.` });

export const utilizationRowSchema = z.object({
  group,
  bookedMinutes: z.number().int().meta({ description: 'Minutes of appointments booked, confirmed, arrived, paid or no-show (the time was held) starting on the period\'s days, on the primary calendar.' }),
  availableMinutes: z.number().int().meta({ description: "Minutes of the calendars' shifts on the period's days, less breaks and less time blocks." }),
  utilization: rate.meta({ description: 'bookedMinutes / availableMinutes; null without shifts. Can exceed 1 when staff book outside shifts.' }),
});
export const utilizationReportSchema = z.object({ ...periodFields, groupBy: z.enum(UTILIZATION_GROUPS), rows: z.array(utilizationRowSchema), total: utilizationRowSchema }).meta({ id: 'UtilizationReport' });

export const attendanceRowSchema = z.object({
  group,
  visits: z.number().int().meta({ description: 'Appointments starting in the period, of any status except rebooked (a moved appointment counts once, as its replacement).' }),
  attended: z.number().int().meta({ description: 'Visits arrived or paid.' }),
  noShows: z.number().int().meta({ description: 'Visits marked no-show.' }),
  cancellations: z.number().int().meta({ description: 'Visits canceled (late or not).' }),
  lateCancellations: z.number().int().meta({ description: "Visits canceled inside the clinic's late-cancellation window." }),
  noShowRate: rate.meta({ description: 'noShows / visits.' }),
  cancellationRate: rate.meta({ description: 'cancellations / visits.' }),
  lateCancellationRate: rate.meta({ description: 'lateCancellations / visits.' }),
});
export const attendanceReportSchema = z.object({ ...periodFields, groupBy: z.enum(ATTENDANCE_GROUPS), rows: z.array(attendanceRowSchema), total: attendanceRowSchema }).meta({ id: 'AttendanceReport' });

export const revenueRowSchema = z.object({
  group,
  chargedMinor: minor(
    "Charges with a service date in the period, open, invoiced or credited (removed charges excluded), tax included. By location and session: those of the charge's appointment (its calendar's location); by referralSource: its case's referral source kind; by payerKind: the kind of its payer among its case's payers. These four are recorded when the charge is first counted, so moving the appointment or editing the case later does not move revenue already reported. Only charges are kept by location, session, referral source, code and source (the other figures are null); by payer kind, invoices and credit notes are kept too (the kind their invoice recorded when drafted; '' for invoices drafted before it was kept).",
  ),
  invoicedMinor: minor('Invoices issued in the period (issue date), still issued or paid (void excluded), tax included.'),
  writtenOffMinor: minor('Credit notes made in the period (local day of the note).'),
  receivedMinor: minor('Payments received in the period (received date), money only (credit used excluded).'),
  refundedMinor: minor('Refunds made in the period (local day of the refund).'),
  outstandingMinor: minor("Owed now on the group's invoices issued up to `to` (kept by payer kind and in total)."),
  daysInAr: z.number().nullable().meta({ description: "The group's days sales outstanding: outstandingMinor / (invoicedMinor / days in the period); null when nothing was invoiced, or not kept by this grouping (payer kind and total only)." }),
});
export const revenueReportSchema = z
  .object({
    ...periodFields,
    groupBy: z.enum(REVENUE_GROUPS),
    currency: z.string(),
    rows: z.array(revenueRowSchema),
    totals: z.object({
      chargedMinor: z.number().int(),
      invoicedMinor: z.number().int(),
      writtenOffMinor: z.number().int(),
      receivedMinor: z.number().int(),
      refundedMinor: z.number().int(),
      collectedMinor: z.number().int().meta({ description: 'receivedMinor - refundedMinor.' }),
      collectionRate: rate.meta({ description: 'collectedMinor / invoicedMinor.' }),
      outstandingMinor: z.number().int().meta({ description: 'What is still owed now on invoices issued up to `to` (total - paid - credited).' }),
      daysInAr: z.number().nullable().meta({ description: 'Days sales outstanding: outstandingMinor / (invoicedMinor / days in the period); null when nothing was invoiced.' }),
    }).nullable().meta({ description: 'Null for a provider (own charges only).' }),
  })
  .meta({ id: 'RevenueReport' });

const caseCount = (description: string) => z.number().int().nullable().meta({ description: `${description} Null when grouped by payer kind (a case may have several).` });
export const caseRowSchema = z.object({
  group: z.string().meta({ description: "A case type, a referral source kind ('none' = not recorded), a payer kind, or 'total'." }),
  openCases: caseCount('Cases taken in up to `to` whose status is open now.'),
  intakes: caseCount('Cases whose intake date is in the period.'),
  converted: caseCount('Of those intakes, cases with at least one attended (arrived or paid) visit so far.'),
  conversionRate: rate.meta({ description: 'converted / intakes: referral to first visit.' }),
  discharged: caseCount("Cases discharged (status discharged now) on a local day of the period."),
  averageVisitsPerDischarged: z.number().nullable().meta({ description: 'Attended visits of those discharged cases / discharged, 1 decimal; null when none.' }),
  authorizations: z.number().int().meta({ description: 'Authorizations valid on or after `from` (validTo >= from).' }),
  authorizedVisits: z.number().int().meta({ description: 'Visits those authorizations approve (amount-only authorizations add none).' }),
  usedVisits: z.number().int().meta({ description: 'Visits used of those visit authorizations.' }),
  authorizationUse: rate.meta({ description: 'usedVisits / authorizedVisits.' }),
  nearExhaustion: z.number().int().meta({ description: "Of those, authorizations near exhaustion: the clinic's remaining-visits threshold alert fired, or no visit left." }),
});
export const casesReportSchema = z
  .object({
    from: localDateSchema,
    to: localDateSchema,
    timeZone: periodFields.timeZone,
    groupBy: z.enum(CASE_GROUPS),
    rows: z.array(caseRowSchema),
    total: caseRowSchema,
    byTypeAndStatus: z.array(z.object({ caseType: z.string(), status: z.enum(CASE_STATUSES), cases: z.number().int() })).meta({ description: 'Cases taken in up to `to`, by type and current status.' }),
    nearExhaustion: z
      .array(z.object({ caseId: z.string(), caseLabel: z.string(), payerKind: z.string(), authorizedVisits: z.number().int(), usedVisits: z.number().int(), remainingVisits: z.number().int() }))
      .meta({ description: 'Cases with an authorization near exhaustion (see nearExhaustion), fewest remaining visits first, at most 100.' }),
  })
  .meta({ id: 'CasesReport' });

const visitsByStatus = z.object({
  visits: z.number().int().meta({ description: 'Appointments of the day (rebooked excluded).' }),
  booked: z.number().int(),
  confirmed: z.number().int(),
  arrived: z.number().int().meta({ description: 'Arrived and not yet paid: the arrivals waiting.' }),
  paid: z.number().int(),
  noShows: z.number().int(),
  cancellations: z.number().int(),
});
const dashboardMoney = z
  .object({
    chargedTodayMinor: z.number().int().meta({ description: 'Charges with today as service date (see RevenueReport.chargedMinor).' }),
    collectedTodayMinor: z.number().int().meta({ description: 'Payments received today less refunds made today.' }),
    collectedSameDayLastWeekMinor: z.number().int(),
    openBalanceMinor: z.number().int().meta({ description: 'Owed now on every issued invoice.' }),
  })
  .nullable()
  .meta({ description: 'Null for roles that do not see money (front desk, providers).' });

export const dashboardSchema = z
  .object({
    date: localDateSchema,
    timeZone: z.string(),
    scope: z.enum(['clinic', 'own']),
    today: visitsByStatus,
    sameDayLastWeek: visitsByStatus,
    week: z.object({ from: localDateSchema, to: localDateSchema, visits: z.number().int(), noShows: z.number().int(), cancellations: z.number().int() }).meta({ description: "The ISO week (Monday to Sunday) holding `date`." }),
    lastWeek: z.object({ from: localDateSchema, to: localDateSchema, visits: z.number().int(), noShows: z.number().int(), cancellations: z.number().int() }),
    money: dashboardMoney,
  })
  .meta({ id: 'Dashboard' });

export type UtilizationQuery = z.infer<typeof utilizationQuerySchema>;
export type AttendanceQuery = z.infer<typeof attendanceQuerySchema>;
export type RevenueQuery = z.infer<typeof revenueQuerySchema>;
export type Dashboard = z.infer<typeof dashboardSchema>;
export type CasesQuery = z.infer<typeof casesQuerySchema>;
export type CasesReport = z.infer<typeof casesReportSchema>;
