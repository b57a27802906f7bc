/** The report routes (R1-R5), as data: CDK, the local gateway and the OpenAPI document read them without loading the handler. */
import {
  attendanceQuerySchema,
  attendanceReportSchema,
  casesQuerySchema,
  casesReportSchema,
  dashboardQuerySchema,
  dashboardSchema,
  revenueQuerySchema,
  revenueReportSchema,
  utilizationQuerySchema,
  utilizationReportSchema,
} from '@casefile/core';
import { defineRoutes } from '../../http/route';

const CSV = ' Send `Accept: text/csv` for the rows as CSV (one column per field, money in minor units).';

export const reportsRoutes = defineRoutes('reports', {
  getUtilizationReport: {
    method: 'GET',
    path: '/api/reports/utilization',
    auth: 'staff',
    action: 'reports:schedule',
    summary: `Utilization (R1): booked minutes over available shift minutes (breaks and blocks removed), by provider, calendar, location or period.${CSV}`,
    query: utilizationQuerySchema,
    response: utilizationReportSchema,
  },
  getAttendanceReport: {
    method: 'GET',
    path: '/api/reports/attendance',
    auth: 'staff',
    action: 'reports:schedule',
    summary: `Attendance (R2): no-show, cancellation and late-cancellation rates by period, provider, session, weekday or hour.${CSV}`,
    query: attendanceQuerySchema,
    response: attendanceReportSchema,
  },
  getRevenueReport: {
    method: 'GET',
    path: '/api/reports/revenue',
    auth: 'staff',
    action: 'reports:revenue',
    summary: `Revenue (R3): charged, invoiced, written off, received and refunded, by period, provider, location, session (service line), referral source, payer kind, payer, charge code, source or payment method; collection rate and days in A/R.${CSV}`,
    query: revenueQuerySchema,
    response: revenueReportSchema,
  },
  getCasesReport: {
    method: 'GET',
    path: '/api/reports/cases',
    auth: 'staff',
    action: 'reports:cases',
    summary: `Cases (R4): open cases by type and status, referral source to first visit conversion, discharges and average visits per discharged case, visits used vs authorized by payer kind, and the cases near exhaustion; by case type, referral source or payer kind.${CSV}`,
    query: casesQuerySchema,
    response: casesReportSchema,
  },
  getDashboard: {
    method: 'GET',
    path: '/api/dashboard',
    auth: 'staff',
    action: 'reports:dashboard',
    summary: 'Today at a glance (R5): visits by status, arrivals waiting, no-shows this week, and (owners, managers) money today and the open balance, beside the same day and week last week.',
    query: dashboardQuerySchema,
    response: dashboardSchema,
  },
});
