import { type BookingContext, bookingAlerts, canSeeCalendar, type AppointmentStatus, isAllowed, localDateOf, summarizeBookingHistory } from '@casefile/core';
import { bookingBilling } from '../../usecases/billing/bookingBilling';
import type { ClinicRepositories, StoredAppointment } from '@casefile/db';
import type { CallerIdentity } from '../../http/staffIdentity';

/**
 * The booking context of a case (A6): the client's contacts, last and next visits, no-shows, late
 * cancellations and alerts. Reads the case, its client and the client's appointments (one Query
 * over the client's own history), then names the few visits it shows with batched reads.
 */
export async function buildBookingContext(repos: ClinicRepositories, caller: CallerIdentity, caseId: string, now: string): Promise<BookingContext> {
  const caseFile = await repos.cases.get(caseId);
  // Money is shown only to roles that may read billing (A6).
  const billingPromise = isAllowed(caller.role, 'billing:read')
    ? repos.clinic.get().then((clinic) => bookingBilling(repos, caseId, localDateOf(now, clinic.defaultTimeZone)))
    : Promise.resolve(undefined);
  const [client, appointments] = await Promise.all([repos.clients.get(caseFile.clientId), repos.appointments.listAllForClient(caseFile.clientId)]);
  const history = summarizeBookingHistory(
    appointments.map((item) => ({ ...item, status: item.status as AppointmentStatus })),
    now,
  );
  const shown = [...(history.lastVisit ? [history.lastVisit] : []), ...history.upcoming];
  const [calendars, sessions, cases] = await Promise.all([
    repos.calendars.getMany([...new Set(shown.map((item) => item.calendarId))]),
    repos.sessions.getMany([...new Set(shown.map((item) => item.sessionId))]),
    repos.cases.getMany([...new Set(shown.map((item) => item.caseId))]),
  ]);
  const calendarName = new Map(calendars.filter((calendar) => canSeeCalendar(caller, calendar)).map((calendar) => [calendar.calendarId, calendar.name]));
  const sessionName = new Map(sessions.map((session) => [session.sessionId, session.name]));
  const caseLabel = new Map(cases.map((item) => [item.caseId, item.caseLabel]));
  const summarize = (item: StoredAppointment & { status: AppointmentStatus }) => ({
    appointmentId: item.appointmentId,
    caseId: item.caseId,
    caseLabel: caseLabel.get(item.caseId) ?? '',
    sessionId: item.sessionId,
    sessionName: sessionName.get(item.sessionId) ?? '',
    calendarId: item.calendarId,
    calendarName: calendarName.get(item.calendarId) ?? '',
    start: item.start,
    end: item.end,
    status: item.status,
  });

  const billingResult = await billingPromise;
  const billing = billingResult?.view;
  const billingAlerts: BookingContext['alerts'] = [];
  if (billing?.authorizationStanding === 'exhausted') billingAlerts.push({ code: 'authorization_exhausted', severity: 'warning', text: 'The authorized visits are used up.' });
  else if (billing?.authorizationStanding === 'expired') billingAlerts.push({ code: 'authorization_expired', severity: 'warning', text: 'The authorization has expired.' });
  else if (billing && billingResult?.lowOnVisits) {
    billingAlerts.push({ code: 'authorization_low', severity: 'info', text: `${billing.remainingVisits} authorized visit(s) left: time to ask for a renewal or reassessment.` });
  }
  return {
    case: {
      caseId: caseFile.caseId,
      caseLabel: caseFile.caseLabel,
      caseType: caseFile.caseType,
      status: caseFile.status,
      intakeDate: caseFile.intakeDate,
      ...(caseFile.disciplineId ? { disciplineId: caseFile.disciplineId } : {}),
    },
    client: {
      clientId: client.clientId,
      name: `${client.preferredName ?? client.firstName} ${client.lastName}`,
      ...(client.email ? { email: client.email } : {}),
      ...(client.phone ? { phone: client.phone } : {}),
      ...(client.mobilePhone ? { mobilePhone: client.mobilePhone } : {}),
      prefersEmail: client.communication.email,
      prefersSms: client.communication.sms,
    },
    lastVisit: history.lastVisit ? summarize(history.lastVisit) : null,
    upcoming: history.upcoming.map(summarize),
    upcomingCount: history.upcomingCount,
    history: {
      visits: history.visits,
      noShows: history.noShows,
      lateCancellations: history.lateCancellations,
      lastNoShow: history.lastNoShow?.start ?? null,
    },
    alerts: (bookingAlerts({
      clientAlerts: client.alerts,
      caseStatus: caseFile.status,
      noShows: history.noShows,
      lateCancellations: history.lateCancellations,
      hasTreatmentConsent: client.consent.treatment,
      hasContact: Boolean(client.email ?? client.phone ?? client.mobilePhone),
    }) as BookingContext['alerts']).concat(billingAlerts),
    ...(billing ? { billing } : {}),
  };
}
