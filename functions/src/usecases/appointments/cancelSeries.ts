import { type AppointmentStatus, decideTransition, type SeriesScopeQuery, canTransition, type CancelSeries } from '@casefile/core';
import { type StoredAppointment } from '@casefile/db';
import { daysOf } from './placement';
import { changedBy, clinicWindow, inScope, writeInChunks } from './seriesSupport';
import { toAppointment } from './toAppointment';
import type { StaffContext } from '../context';

/** Cancel this appointment, or this and the following of its series. */
export async function cancelSeries({ repos, runtime }: StaffContext, appointmentId: string, scope: SeriesScopeQuery['scope'], request: CancelSeries) {
  const anchor = await repos.appointments.get(appointmentId);
  const now = runtime.clock.now().toISOString();
  const window = await clinicWindow(repos);
  const decide = (appointment: StoredAppointment) =>
    decideTransition({ from: appointment.status as AppointmentStatus, to: 'canceled', actor: 'staff', reason: request.reason, start: appointment.start, now, lateCancelWindowHours: window });
  decide(anchor); // The anchor itself must be cancelable: 409 naming from and to otherwise.
  const reached = await inScope(repos, anchor, scope);
  const cancelable = reached.filter((appointment) => canTransition(appointment.status as AppointmentStatus, 'canceled', 'staff'));
  const skipped = reached.filter((appointment) => !cancelable.includes(appointment));
  const changes = await Promise.all(
    cancelable.map(async (appointment) => {
      const decided = decide(appointment);
      const next = changedBy(repos, now, appointment, { status: decided.status, statusChangedAt: now, ...(decided.cancellation ? { cancellation: decided.cancellation } : {}) });
      return { change: { previous: appointment, next }, days: await daysOf(repos, appointment) };
    }),
  );
  await writeInChunks(repos, changes);
  return {
    items: changes.map(({ change }) => toAppointment(change.next)),
    skipped: skipped.map((appointment) => ({ appointmentId: appointment.appointmentId, status: appointment.status })),
  };
}
