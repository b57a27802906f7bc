/**
 * What front desk needs to know about a client's past and coming visits while booking (SPEC A6):
 * the last visit, the next ones, and the no-shows and late cancellations that predict the next.
 */
import { type AppointmentStatus, isActiveStatus } from './lifecycle';

export interface VisitRecord {
  appointmentId: string;
  caseId: string;
  sessionId: string;
  calendarId: string;
  start: string;
  end: string;
  status: AppointmentStatus;
  cancellation?: { late: boolean } | undefined;
}

export interface BookingHistory<T extends VisitRecord> {
  /** The latest visit that happened (arrived or paid) and started before now. */
  lastVisit: T | null;
  /** Active appointments starting at or after now, soonest first, at most `upcomingLimit`. */
  upcoming: T[];
  upcomingCount: number;
  visits: number;
  noShows: number;
  lateCancellations: number;
  /** The newest no-show, or null. */
  lastNoShow: T | null;
}

/** Visits that happened: the client came (billing may since have collected). */
const HAPPENED: readonly AppointmentStatus[] = ['arrived', 'paid'];

export function summarizeBookingHistory<T extends VisitRecord>(appointments: readonly T[], now: string, upcomingLimit = 5): BookingHistory<T> {
  const byStart = [...appointments].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const nowMs = Date.parse(now);
  let lastVisit: T | null = null;
  let lastNoShow: T | null = null;
  const upcoming: T[] = [];
  let visits = 0;
  let noShows = 0;
  let lateCancellations = 0;
  for (const item of byStart) {
    const startMs = Date.parse(item.start);
    if (HAPPENED.includes(item.status)) {
      visits += 1;
      if (startMs < nowMs) lastVisit = item;
    }
    if (item.status === 'no_show') {
      noShows += 1;
      lastNoShow = item;
    }
    if (item.status === 'canceled' && item.cancellation?.late) lateCancellations += 1;
    if (startMs >= nowMs && isActiveStatus(item.status) && !HAPPENED.includes(item.status)) upcoming.push(item);
  }
  return { lastVisit, upcoming: upcoming.slice(0, upcomingLimit), upcomingCount: upcoming.length, visits, noShows, lateCancellations, lastNoShow };
}

export type BookingAlertCode = 'client_alert' | 'case_not_open' | 'repeated_no_shows' | 'repeated_late_cancellations' | 'no_treatment_consent' | 'no_contact';

export interface BookingAlert {
  code: BookingAlertCode;
  severity: 'info' | 'warning' | 'critical';
  text: string;
}

export interface BookingAlertInput {
  clientAlerts: readonly { text: string; severity: 'info' | 'warning' | 'critical' }[];
  caseStatus: string;
  noShows: number;
  lateCancellations: number;
  hasTreatmentConsent: boolean;
  hasContact: boolean;
}

/** Two of either is a pattern worth raising before the next booking, not a one-off. */
export const REPEAT_ALERT_THRESHOLD = 2;

/** The client's own alerts first, then what the record says front desk should check. */
export function bookingAlerts(input: BookingAlertInput): BookingAlert[] {
  const alerts: BookingAlert[] = input.clientAlerts.map((alert) => ({ code: 'client_alert', severity: alert.severity, text: alert.text }));
  if (input.caseStatus !== 'open') alerts.push({ code: 'case_not_open', severity: 'warning', text: `The case file is ${input.caseStatus.replace('_', ' ')}.` });
  if (input.noShows >= REPEAT_ALERT_THRESHOLD) alerts.push({ code: 'repeated_no_shows', severity: 'warning', text: `${input.noShows} prior no-shows.` });
  if (input.lateCancellations >= REPEAT_ALERT_THRESHOLD) {
    alerts.push({ code: 'repeated_late_cancellations', severity: 'warning', text: `${input.lateCancellations} late cancellations.` });
  }
  if (!input.hasTreatmentConsent) alerts.push({ code: 'no_treatment_consent', severity: 'info', text: 'No treatment consent on file.' });
  if (!input.hasContact) alerts.push({ code: 'no_contact', severity: 'info', text: 'No email or phone on file.' });
  return alerts;
}
