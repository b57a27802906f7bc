import { localDateOf } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';

/**
 * Brings an appointment's charges in line with its current status (B2, B3, K5): reads the
 * appointment as it is now (not as the stream record saw it), its session's billing items, the
 * calendar's provider and the visit's local date, and lets the repository make the difference.
 * Returns false when the appointment no longer exists.
 */
export async function reconcileAppointmentBilling(repos: ClinicRepositories, appointmentId: string): Promise<boolean> {
  const appointment = await repos.appointments.get(appointmentId).catch((error: unknown) => {
    if ((error as { outcome?: string }).outcome === 'not_found') return undefined;
    throw error;
  });
  if (!appointment) return false;
  const [session, calendars] = await Promise.all([repos.sessions.get(appointment.sessionId), repos.calendars.getMany([appointment.calendarId])]);
  const calendar = calendars[0];
  const location = calendar ? await repos.locations.get(calendar.locationId) : undefined;
  await repos.appointmentBilling.reconcile({
    appointmentId: appointment.appointmentId,
    caseId: appointment.caseId,
    clientId: appointment.clientId,
    status: appointment.status,
    statusChangedAt: appointment.statusChangedAt,
    cancellation: appointment.cancellation as { late?: boolean } | undefined,
    billingItemIds: session.billingItemIds,
    providerMemberId: calendar?.memberId,
    serviceDate: localDateOf(appointment.start, location?.timeZone ?? 'UTC'),
  });
  return true;
}
