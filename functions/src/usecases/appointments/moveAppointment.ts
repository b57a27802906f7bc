import { type AppointmentStatus, decideTransition, type MoveAppointment } from '@casefile/core';
import { touchedDays } from './bookAppointment';
import { newAppointment } from './newAppointment';
import { daysOf, followUpMode, placementTarget, writeGuarded } from './placement';
import { changedBy } from './seriesSupport';
import { toAppointment } from './toAppointment';
import type { StaffContext } from '../context';

/** Move (reschedule) an appointment: books a new one and turns the old one Rebooked in ONE transaction,
 * linked both ways (rescheduledFromId / rescheduledToId). The lifecycle decides whether the old one may be moved. */
export async function moveAppointment({ repos, caller, runtime }: StaffContext, appointmentId: string, request: MoveAppointment) {
  const current = await repos.appointments.get(appointmentId);
  const now = runtime.clock.now().toISOString();
  decideTransition({ from: current.status as AppointmentStatus, to: 'rebooked', actor: 'move', start: current.start, now, lateCancelWindowHours: 0 });
  const target = await placementTarget(repos, caller, current, request);
  const mode = followUpMode(current, request.mode);
  const moved = newAppointment(repos, runtime, target, request.start, mode, {
    rescheduledFromId: current.appointmentId,
    ...(current.notify !== undefined ? { notify: current.notify } : {}),
    ...(current.notes ? { notes: current.notes } : {}),
    ...(current.seriesId ? { seriesId: current.seriesId } : {}),
  });
  const rebooked = changedBy(repos, now, current, { status: 'rebooked', statusChangedAt: now, rescheduledToId: moved.appointmentId });
  const calendars = [target.calendar, ...target.resources];
  const days = [...(await touchedDays(repos, calendars, moved.start, moved.end)), ...(await daysOf(repos, current))];
  const conflicts = await writeGuarded(repos, runtime, {
    created: [moved],
    changed: [{ previous: current, next: rebooked }],
    days,
    calendars,
    session: target.session,
    mode,
    ignored: [current.appointmentId],
  });
  return { appointment: toAppointment(moved), conflicts };
}
