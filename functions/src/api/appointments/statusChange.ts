import { type AppointmentStatus, ConflictError, decideTransition, type TransitionActor } from '@casefile/core';
import type { ClinicRepositories, StoredAppointment } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { touchedDays } from './bookAppointment';

/**
 * The one guarded appointment status write: the lifecycle decides (who may, reason, late
 * cancellation), then the appointment and a bump of every calendar day it touches are written in one
 * transaction conditioned on the version read. Staff go through the status route; billing moves a
 * visit to Paid and back.
 */
export async function changeAppointmentStatus(
  repos: ClinicRepositories,
  runtime: Runtime,
  appointmentId: string,
  request: { status: AppointmentStatus; reason?: string | undefined },
  actor: TransitionActor,
  current?: StoredAppointment,
): Promise<StoredAppointment> {
  const appointment = current ?? (await repos.appointments.get(appointmentId));
  const clinic = await repos.clinic.get();
  const now = runtime.clock.now().toISOString();
  const decided = decideTransition({
    from: appointment.status as AppointmentStatus,
    to: request.status,
    actor,
    ...(request.reason !== undefined ? { reason: request.reason } : {}),
    start: appointment.start,
    now,
    lateCancelWindowHours: clinic.lateCancelWindowHours ?? 24,
  });
  const next: StoredAppointment = {
    ...appointment,
    status: decided.status,
    statusChangedAt: now,
    ...(decided.cancellation ? { cancellation: decided.cancellation } : {}),
    updatedAt: now,
    updatedBy: repos.actor,
    version: appointment.version + 1,
  };
  const calendars = await repos.calendars.getMany([appointment.calendarId, ...appointment.resourceCalendarIds]);
  const days = await touchedDays(repos, calendars, appointment.start, appointment.end);
  if (!(await repos.appointments.write([{ previous: appointment, next }], days))) {
    throw new ConflictError('The appointment changed at the same time; reload and try again.', 'concurrent_change');
  }
  return next;
}
