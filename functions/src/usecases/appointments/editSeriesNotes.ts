import { type AppointmentStatus, ConflictError, FINAL_STATUSES, type SeriesScopeQuery, type EditSeriesNotes } from '@casefile/core';
import { type StoredAppointment } from '@casefile/db';
import { changedBy, inScope, writeInChunks } from './seriesSupport';
import { toAppointment } from './toAppointment';
import type { StaffContext } from '../context';

/** Set the notes of this appointment, or of this and the following of its series. */
export async function editSeriesNotes({ repos, runtime }: StaffContext, appointmentId: string, scope: SeriesScopeQuery['scope'], request: EditSeriesNotes) {
  const anchor = await repos.appointments.get(appointmentId);
  const now = runtime.clock.now().toISOString();
  const reached = await inScope(repos, anchor, scope);
  if (FINAL_STATUSES.includes(anchor.status as AppointmentStatus)) {
    throw new ConflictError(`The appointment is ${anchor.status}, which is final.`, 'appointment_final', { status: anchor.status });
  }
  const editable = reached.filter((appointment) => !FINAL_STATUSES.includes(appointment.status as AppointmentStatus));
  const changes = editable.map((appointment) => {
    const { notes: _notes, ...rest } = appointment;
    const next = changedBy(repos, now, rest as StoredAppointment, request.notes ? { notes: request.notes } : {});
    // Notes do not change availability: no calendar day is bumped.
    return { change: { previous: appointment, next }, days: [] };
  });
  await writeInChunks(repos, changes);
  return {
    items: changes.map(({ change }) => toAppointment(change.next)),
    skipped: reached.filter((appointment) => !editable.includes(appointment)).map((appointment) => ({ appointmentId: appointment.appointmentId, status: appointment.status })),
  };
}
