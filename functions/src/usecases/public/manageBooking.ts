/**
 * The manage link (SPEC O3, O4): a signed, expiring token naming one clinic and one appointment. Its
 * holder may see the booking, and cancel or move it while the calendar's self-cancel window allows;
 * after that the answer names the clinic's phone instead. A bad or expired link is "not found".
 */
import {
  type AppointmentStatus,
  canSelfCancel,
  clinicContact,
  ConflictError,
  contactPhrase,
  DEFAULT_GUARDRAILS,
  manageLinkExpiry,
  NotFoundError,
  type Clinic,
} from '@casefile/core';
import type { ClinicRepositories, StoredAppointment } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { applyStatusChange } from '../appointments/statusChange';
import { orUndefined } from '../notifications/notificationRepos';
import { clinicRepositories, publicLinks } from './publicClinicContext';

export interface ManagedBooking {
  repos: ClinicRepositories;
  appointment: StoredAppointment;
}

export async function openManageLink(runtime: Runtime, token: string): Promise<ManagedBooking> {
  const claims = await (await publicLinks(runtime)).verifyManageLink(token);
  if (!claims) throw new NotFoundError('Booking');
  const repos = clinicRepositories(runtime, claims.clinicId);
  const appointment = await repos.appointments.get(claims.appointmentId);
  if (appointment.mode !== 'online') throw new NotFoundError('Booking');
  return { repos, appointment };
}

export async function signManageLink(runtime: Runtime, appointment: StoredAppointment): Promise<string> {
  return (await publicLinks(runtime)).signManageLink({ clinicId: appointment.clinicId, appointmentId: appointment.appointmentId }, manageLinkExpiry(appointment.end));
}

/** Refuses a self-service change once the calendar's window has closed, or when the visit is no longer open. */
export async function requireSelfService(repos: ClinicRepositories, appointment: StoredAppointment, now: string, action: 'cancel' | 'move'): Promise<Clinic> {
  const [clinic, [calendar]] = await Promise.all([repos.clinic.get(), repos.calendars.getMany([appointment.calendarId])]);
  const status = appointment.status as AppointmentStatus;
  if (status !== 'booked' && status !== 'confirmed') {
    throw new ConflictError(`This booking is ${status.replace('_', ' ')} and can no longer be changed online.`, 'not_changeable', { status });
  }
  const windowHours = (calendar?.guardrails ?? DEFAULT_GUARDRAILS).selfCancelWindowHours;
  if (!canSelfCancel(appointment.start, now, windowHours)) {
    const location = calendar ? await orUndefined(repos.locations.get(calendar.locationId)) : undefined;
    const reach = contactPhrase(clinicContact({ locationPhone: location?.phone, clinicPhone: clinic.phone, contactEmail: clinic.contactEmail }));
    throw new ConflictError(
      `Online changes close ${windowHours} hours before the appointment. To ${action} it now, please contact ${clinic.name}${reach ? ` (${reach})` : ''}.`,
      'self_service_closed',
      { windowHours },
    );
  }
  return clinic;
}

export async function cancelOnline(runtime: Runtime, managed: ManagedBooking): Promise<StoredAppointment> {
  const { repos, appointment } = managed;
  const now = runtime.clock.now().toISOString();
  const clinic = await requireSelfService(repos, appointment, now, 'cancel');
  const request = { to: 'canceled' as const, actor: 'staff' as const, reason: 'Canceled online by the client', lateCancelWindowHours: clinic.lateCancelWindowHours ?? 24 };
  return applyStatusChange(repos, appointment, request, now);
}
