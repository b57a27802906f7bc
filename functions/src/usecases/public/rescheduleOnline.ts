import { type AppointmentStatus, ConflictError, decideTransition, explainStart } from '@casefile/core';
import type { StoredAppointment } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { touchedDays } from '../appointments/bookAppointment';
import { newAppointment } from '../appointments/newAppointment';
import { daysOf, writeGuarded } from '../appointments/placement';
import { loadCalendarInputs } from '../availability/calendarInputs';
import { type ManagedBooking, requireSelfService } from './manageBooking';

/**
 * A client moves their own booking (SPEC O3) to another start with the same provider and resources,
 * while the self-service window is open: the new start must be bookable online (lead time, buffers,
 * horizon, not counting this booking as busy), then the move is written behind the no-overlap guard
 * like a staff move: a new appointment, the old one Rebooked, linked both ways.
 */
export async function rescheduleOnline(runtime: Runtime, managed: ManagedBooking, requestedStart: string): Promise<StoredAppointment> {
  const { repos, appointment: current } = managed;
  const now = runtime.clock.now().toISOString();
  await requireSelfService(repos, current, now, 'move');
  decideTransition({ from: current.status as AppointmentStatus, to: 'rebooked', actor: 'move', start: current.start, now, lateCancelWindowHours: 0 });
  const start = new Date(requestedStart).toISOString();
  const [caseFile, session, calendars] = await Promise.all([
    repos.cases.get(current.caseId),
    repos.sessions.get(current.sessionId),
    repos.calendars.getMany([current.calendarId, ...current.resourceCalendarIds]),
  ]);
  const inputs = await loadCalendarInputs(repos, calendars, { from: start, to: start, durationMinutes: session.durationMinutes });
  const request = {
    session: { sessionId: session.sessionId, disciplineId: session.disciplineId, durationMinutes: session.durationMinutes, onlineBookable: session.onlineBookable },
    now,
    mode: 'online' as const,
  };
  const free = inputs.every((input) => explainStart({ ...input, busy: input.busy.filter((busy) => busy.appointmentId !== current.appointmentId) }, request, start).bookable);
  if (!free) throw new ConflictError('That time is not available; please choose another.', 'slot_taken');

  const target = { caseFile, session, calendar: calendars[0]!, resources: calendars.slice(1) };
  const moved: StoredAppointment = {
    ...newAppointment(repos, runtime, target, start, 'no_overlap', {
      rescheduledFromId: current.appointmentId,
      ...(current.notify !== undefined ? { notify: current.notify } : {}),
      ...(current.notes ? { notes: current.notes } : {}),
    }),
    mode: 'online',
  };
  const rebooked: StoredAppointment = { ...current, status: 'rebooked', statusChangedAt: now, rescheduledToId: moved.appointmentId, updatedAt: now, updatedBy: repos.actor, version: current.version + 1 };
  await writeGuarded(repos, runtime, {
    created: [moved],
    changed: [{ previous: current, next: rebooked }],
    days: [...(await touchedDays(repos, calendars, moved.start, moved.end)), ...(await daysOf(repos, current))],
    calendars,
    session,
    mode: 'no_overlap',
    ignored: [current.appointmentId],
  });
  return moved;
}
