/**
 * Reschedule this appointment, or this and the following of its series (SPEC A4): each appointment
 * that can still move becomes Rebooked and a new one is booked on its own local date at the new
 * local time and/or on the new calendar, linked both ways and kept in the series. Later members
 * that cannot move (arrived, no-show, paid, final) are left as they were and listed.
 *
 * In no-overlap mode every new start is decided before anything is written, not counting the
 * appointments being moved as busy, so a refused date leaves the series untouched. Pairs (new and
 * Rebooked) are written together, packed into as few transactions as fit.
 */
import { type AppointmentStatus, canTransition, decideTransition, type SeriesScopeQuery, sameDayAtLocalTime } from '@casefile/core';
import { slotTaken, type StoredAppointment } from '@casefile/db';
import { touchedDays } from './bookAppointment';
import { newAppointment } from './newAppointment';
import { type Conflict, daysOf, explainOn, followUpMode, placementTarget, writeGuarded } from './placement';
import type { RescheduleSeries } from '@casefile/core';
import { changedBy, type Entry, inScope, itemsOf, packed, zoneOfCalendar } from './seriesSupport';
import { toAppointment } from './toAppointment';
import type { StaffContext } from '../context';

type Pair = { created: Entry; rebooked: Entry };

export async function rescheduleSeries({ repos, caller, runtime }: StaffContext, appointmentId: string, scope: SeriesScopeQuery['scope'], request: RescheduleSeries) {
  const anchor = await repos.appointments.get(appointmentId);
  const now = runtime.clock.now().toISOString();
  // The anchor itself must be movable: 409 naming from and to otherwise.
  decideTransition({ from: anchor.status as AppointmentStatus, to: 'rebooked', actor: 'move', start: anchor.start, now, lateCancelWindowHours: 0 });
  const reached = await inScope(repos, anchor, scope);
  const movable = reached.filter((appointment) => canTransition(appointment.status as AppointmentStatus, 'rebooked', 'move'));
  const skipped = reached.filter((appointment) => !movable.includes(appointment));

  const target = await placementTarget(repos, caller, anchor, request);
  const mode = followUpMode(anchor, request.mode);
  const calendars = [target.calendar, ...target.resources];
  const zone = await zoneOfCalendar(repos, target.calendar.calendarId);
  const movedIds = movable.map((appointment) => appointment.appointmentId);

  const pairs: Pair[] = await Promise.all(
    movable.map(async (current) => {
      const start = request.localTime ? sameDayAtLocalTime(current.start, zone, request.localTime) : current.start;
      const moved = newAppointment(repos, runtime, target, start, mode, {
        rescheduledFromId: current.appointmentId,
        ...(current.notify !== undefined ? { notify: current.notify } : {}),
        ...(current.notes ? { notes: current.notes } : {}),
        ...(current.seriesId ? { seriesId: current.seriesId } : {}),
      });
      const rebooked = changedBy(repos, now, current, { status: 'rebooked', statusChangedAt: now, rescheduledToId: moved.appointmentId });
      return {
        created: { change: { next: moved }, days: await touchedDays(repos, calendars, moved.start, moved.end) },
        rebooked: { change: { previous: current, next: rebooked }, days: await daysOf(repos, current) },
      };
    }),
  );

  if (mode === 'no_overlap') await refuseUnlessAllFree(pairs.map((pair) => pair.created.change.next));

  const conflicts: Conflict[] = [];
  const pairItems = (pair: Pair) => itemsOf(pair.created.change, pair.created.days.length) + itemsOf(pair.rebooked.change, pair.rebooked.days.length);
  for (const group of packed(pairs, pairItems)) {
    conflicts.push(
      ...(await writeGuarded(repos, runtime, {
        created: group.map((pair) => pair.created.change.next),
        changed: group.map((pair) => pair.rebooked.change),
        days: group.flatMap((pair) => [...pair.created.days, ...pair.rebooked.days]),
        calendars,
        session: target.session,
        mode,
        ignored: movedIds,
      })),
    );
  }
  return {
    items: pairs.map((pair) => toAppointment(pair.created.change.next)),
    conflicts: conflicts.filter((conflict) => !pairs.some((pair) => pair.created.change.next.appointmentId === conflict.appointmentId)),
    skipped: skipped.map((appointment) => ({ appointmentId: appointment.appointmentId, status: appointment.status })),
  };

  async function refuseUnlessAllFree(created: readonly StoredAppointment[]): Promise<void> {
    const refused = (
      await Promise.all(
        created.map(async (appointment) => {
          const explanations = await explainOn(repos, runtime, calendars, target.session, appointment.start, movedIds);
          return explanations
            .filter((explanation) => !explanation.bookableByStaff)
            .flatMap((explanation) => explanation.reasons.filter((reason) => reason.scope === 'all').map((reason) => ({ calendarId: explanation.calendarId, start: appointment.start, ...reason })));
        }),
      )
    ).flat();
    if (refused.length > 0) throw slotTaken(refused);
  }
}
