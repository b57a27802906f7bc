import { type AppointmentStatus, ConflictError, expandRepeat, FINAL_STATUSES, type RepeatConfirm, ValidationError } from '@casefile/core';
import { slotTaken } from '@casefile/db';
import { touchedDays } from './bookAppointment';
import { newAppointment } from './newAppointment';
import { explainOn, followUpMode, placementTarget, writeGuarded } from './placement';
import { changedBy, derivedId, type Entry, packed, zoneOfCalendar } from './seriesSupport';
import { toAppointment } from './toAppointment';
import type { StaffContext } from '../context';

/** Confirm a repeat: books the chosen dates of the pattern as one series (the original joins it). New ids are
 * derived from the original and the date, so a retry (with or without an Idempotency-Key) completes a series
 * instead of doubling it. */
export async function confirmRepeat({ repos, caller, runtime }: StaffContext, appointmentId: string, request: RepeatConfirm) {
  const current = await repos.appointments.get(appointmentId);
  if (FINAL_STATUSES.includes(current.status as AppointmentStatus)) {
    throw new ConflictError(`The appointment is ${current.status}; repeat an active one.`, 'appointment_final', { status: current.status });
  }
  const occurrences = expandRepeat(current.start, await zoneOfCalendar(repos, current.calendarId), request.pattern);
  const startOf = new Map(occurrences.slice(1).map((occurrence) => [occurrence.date, occurrence.start]));
  const firstDate = occurrences[0]!.date;
  const issues = request.dates.flatMap((date, index) =>
    date === firstDate || startOf.has(date) ? [] : [{ path: `dates.${index}`, message: 'Not a date of the pattern.' }],
  );
  if (issues.length > 0) throw new ValidationError('Every date must be one of the pattern, as the preview listed them.', issues);

  const target = await placementTarget(repos, caller, current, {});
  const mode = followUpMode(current, request.mode);
  const calendars = [target.calendar, ...target.resources];
  const seriesId = current.seriesId ?? derivedId(current.appointmentId, 'series');
  const dates = request.dates.filter((date) => date !== firstDate).sort();
  const ids = dates.map((date) => derivedId(current.appointmentId, `repeat#${date}`));
  // A retry finds what an interrupted confirm already wrote and books only the rest.
  const existing = new Map((await repos.appointments.getMany(ids)).map((appointment) => [appointment.appointmentId, appointment]));
  const fields = {
    seriesId,
    ...(current.notify !== undefined ? { notify: current.notify } : {}),
    ...(current.notes ? { notes: current.notes } : {}),
  };
  const created = dates.flatMap((date, index) =>
    existing.has(ids[index]!) ? [] : [{ ...newAppointment(repos, runtime, target, startOf.get(date)!, mode, fields), appointmentId: ids[index]! }],
  );
  const now = runtime.clock.now().toISOString();
  const original = current.seriesId ? undefined : { previous: current, next: changedBy(repos, now, current, { seriesId }) };

  if (mode === 'no_overlap') {
    // Every date is decided before anything is written, so a refused date leaves no partial series.
    const refused = (
      await Promise.all(created.map(async (appointment) => ((await explainOn(repos, runtime, calendars, target.session, appointment.start)).some((one) => !one.bookableByStaff) ? [appointment.start] : [])))
    ).flat();
    if (refused.length > 0) {
      const dateOf = new Map([...startOf].map(([date, start]) => [start, date]));
      throw slotTaken(refused.map((start) => ({ code: 'not_free', scope: 'all', start, date: dateOf.get(start), message: 'This date is not free; preview the pattern to see why.' })));
    }
  }
  // The original goes first, so its seriesId is set with the first members: a retry finds the same series.
  const entries: Entry[] = [
    ...(original ? [{ change: original, days: [] }] : []),
    ...(await Promise.all(created.map(async (next) => ({ change: { next }, days: await touchedDays(repos, calendars, next.start, next.end) })))),
  ];
  for (const group of packed(entries)) {
    const changes = group.map((entry) => entry.change);
    await writeGuarded(repos, runtime, {
      created: changes.filter((change) => !change.previous).map((change) => change.next),
      changed: changes.filter((change) => change.previous),
      days: group.flatMap((entry) => entry.days),
      calendars,
      session: target.session,
      mode,
    });
  }
  const members = [original?.next ?? current, ...dates.map((_date, index) => existing.get(ids[index]!) ?? created.find((one) => one.appointmentId === ids[index])!)];
  return { seriesId, items: members.map(toAppointment) };
}
