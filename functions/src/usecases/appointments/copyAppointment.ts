import { type CopyAppointment } from '@casefile/core';
import { touchedDays } from './bookAppointment';
import { newAppointment } from './newAppointment';
import { followUpMode, placementTarget, writeGuarded } from './placement';
import { toAppointment } from './toAppointment';
import type { StaffContext } from '../context';

/** Copy an appointment: books an independent one like it at another time or calendar. */
export async function copyAppointment({ repos, caller, runtime }: StaffContext, appointmentId: string, request: CopyAppointment) {
  const current = await repos.appointments.get(appointmentId);
  const target = await placementTarget(repos, caller, current, request);
  const mode = followUpMode(current, request.mode);
  const copy = newAppointment(repos, runtime, target, request.start, mode, {
    ...(current.notify !== undefined ? { notify: current.notify } : {}),
    ...(current.notes ? { notes: current.notes } : {}),
  });
  const calendars = [target.calendar, ...target.resources];
  const days = await touchedDays(repos, calendars, copy.start, copy.end);
  const conflicts = await writeGuarded(repos, runtime, { created: [copy], changed: [], days, calendars, session: target.session, mode });
  return { appointment: toAppointment(copy), conflicts };
}
