import { type AppointmentStatus, ConflictError, decideTransition, type TransitionActor } from '@casefile/core';
import type { ClinicRepositories, StoredAppointment } from '@casefile/db';
import { touchedDays } from './bookAppointment';

export interface StatusChangeRequest {
  to: AppointmentStatus;
  actor: TransitionActor;
  reason?: string;
  /** The clinic's late-cancellation window; read from the clinic when not given. */
  lateCancelWindowHours?: number;
}

/**
 * Moves one appointment through the lifecycle: the state machine decides, then one guarded write
 * (version-conditioned, bumping every calendar-day it touches) records it. Every status change goes
 * through here: the staff status endpoint, the manage link's cancel, and billing's Paid and back.
 */
export async function applyStatusChange(repos: ClinicRepositories, current: StoredAppointment, request: StatusChangeRequest, now: string): Promise<StoredAppointment> {
  const lateCancelWindowHours = request.lateCancelWindowHours ?? (await repos.clinic.get()).lateCancelWindowHours ?? 24;
  const decided = decideTransition({
    from: current.status as AppointmentStatus,
    to: request.to,
    actor: request.actor,
    ...(request.reason !== undefined ? { reason: request.reason } : {}),
    start: current.start,
    now,
    lateCancelWindowHours,
  });
  const next: StoredAppointment = {
    ...current,
    status: decided.status,
    statusChangedAt: now,
    ...(decided.cancellation ? { cancellation: decided.cancellation } : {}),
    updatedAt: now,
    updatedBy: repos.actor,
    version: current.version + 1,
  };
  const calendars = await repos.calendars.getMany([current.calendarId, ...current.resourceCalendarIds]);
  const days = await touchedDays(repos, calendars, current.start, current.end);
  if (!(await repos.appointments.write([{ previous: current, next }], days))) {
    throw new ConflictError('The appointment changed at the same time; reload and try again.', 'concurrent_change');
  }
  return next;
}
