/**
 * Move (reschedule), copy, repeat and series actions on appointments (SPEC A4).
 *
 * - Move books a new appointment and turns the old one Rebooked in ONE transaction, linked both ways
 *   (rescheduledFromId / rescheduledToId). The lifecycle decides whether the old one may be moved.
 * - Copy books an independent appointment like this one at another time or calendar.
 * - Repeat preview explains every occurrence of a weekly pattern with the engine; confirm books the
 *   chosen dates as one series (the original joins it). New ids are derived from the original and the
 *   date, so a retry (with or without an Idempotency-Key) completes a series instead of doubling it.
 * - Cancel and notes act on one appointment or on this and the following of its series.
 */
import {
  type AppointmentStatus,
  type CopyAppointment,
  ConflictError,
  decideTransition,
  expandRepeat,
  FINAL_STATUSES,
  type MoveAppointment,
  type RepeatConfirm,
  type RepeatPreview,
  type SeriesScopeQuery,
  canTransition,
  ValidationError,
} from '@casefile/core';
import { slotTaken, type StoredAppointment } from '@casefile/db';
import type { Operation, OperationInput } from '../../http/createApiHandler';
import { requireReference } from '../../http/references';
import { touchedDays } from './bookAppointment';
import { daysOf, explainOn, followUpMode, newAppointment, placementTarget, writeGuarded } from './placement';
import type { CancelSeries, EditSeriesNotes } from './seriesSchemas';
import { changedBy, clinicWindow, derivedId, type Entry, inScope, packed, writeInChunks, zoneOfCalendar } from './seriesSupport';
import { rescheduleSeries } from './rescheduleSeries';
import { toAppointment } from './toAppointment';

type Id = { id: string };

export const moveOperations: Readonly<Record<string, Operation>> = {
  rescheduleSeries,

  moveAppointment: async ({ repos, caller, runtime, params, body }: OperationInput<Id, unknown, MoveAppointment>) => {
    const current = await repos.appointments.get(params.id);
    const now = runtime.clock.now().toISOString();
    decideTransition({ from: current.status as AppointmentStatus, to: 'rebooked', actor: 'move', start: current.start, now, lateCancelWindowHours: 0 });
    const target = await placementTarget(repos, caller, current, body);
    const mode = followUpMode(current, body.mode);
    const moved = newAppointment(repos, runtime, target, body.start, mode, {
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
  },

  copyAppointment: async ({ repos, caller, runtime, params, body }: OperationInput<Id, unknown, CopyAppointment>) => {
    const current = await repos.appointments.get(params.id);
    const target = await placementTarget(repos, caller, current, body);
    const mode = followUpMode(current, body.mode);
    const copy = newAppointment(repos, runtime, target, body.start, mode, {
      ...(current.notify !== undefined ? { notify: current.notify } : {}),
      ...(current.notes ? { notes: current.notes } : {}),
    });
    const calendars = [target.calendar, ...target.resources];
    const days = await touchedDays(repos, calendars, copy.start, copy.end);
    const conflicts = await writeGuarded(repos, runtime, { created: [copy], changed: [], days, calendars, session: target.session, mode });
    return { appointment: toAppointment(copy), conflicts };
  },

  previewRepeat: async ({ repos, runtime, params, body }: OperationInput<Id, unknown, RepeatPreview>) => {
    const current = await repos.appointments.get(params.id);
    const session = await requireReference(repos.sessions.get(current.sessionId), 'params.id', 'session');
    const calendars = await repos.calendars.getMany([current.calendarId, ...current.resourceCalendarIds]);
    const occurrences = expandRepeat(current.start, await zoneOfCalendar(repos, current.calendarId), body.pattern);
    const durationMs = session.durationMinutes * 60_000;
    return {
      occurrences: await Promise.all(
        occurrences.map(async (occurrence, index) => {
          if (index === 0) return { ...occurrence, end: current.end, bookable: true, explanations: [] };
          const explanations = await explainOn(repos, runtime, calendars, session, occurrence.start);
          const end = new Date(Date.parse(occurrence.start) + durationMs).toISOString();
          return { ...occurrence, end, bookable: explanations.every((explanation) => explanation.bookableByStaff), explanations };
        }),
      ),
    };
  },

  confirmRepeat: async ({ repos, caller, runtime, params, body }: OperationInput<Id, unknown, RepeatConfirm>) => {
    const current = await repos.appointments.get(params.id);
    if (FINAL_STATUSES.includes(current.status as AppointmentStatus)) {
      throw new ConflictError(`The appointment is ${current.status}; repeat an active one.`, 'appointment_final', { status: current.status });
    }
    const occurrences = expandRepeat(current.start, await zoneOfCalendar(repos, current.calendarId), body.pattern);
    const startOf = new Map(occurrences.slice(1).map((occurrence) => [occurrence.date, occurrence.start]));
    const firstDate = occurrences[0]!.date;
    const issues = body.dates.flatMap((date, index) =>
      date === firstDate || startOf.has(date) ? [] : [{ path: `body.dates.${index}`, message: 'Not a date of the pattern.' }],
    );
    if (issues.length > 0) throw new ValidationError('Every date must be one of the pattern, as the preview listed them.', issues);

    const target = await placementTarget(repos, caller, current, {});
    const mode = followUpMode(current, body.mode);
    const calendars = [target.calendar, ...target.resources];
    const seriesId = current.seriesId ?? derivedId(current.appointmentId, 'series');
    const dates = body.dates.filter((date) => date !== firstDate).sort();
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
  },

  cancelSeries: async ({ repos, runtime, params, query, body }: OperationInput<Id, SeriesScopeQuery, CancelSeries>) => {
    const anchor = await repos.appointments.get(params.id);
    const now = runtime.clock.now().toISOString();
    const window = await clinicWindow(repos);
    const decide = (appointment: StoredAppointment) =>
      decideTransition({ from: appointment.status as AppointmentStatus, to: 'canceled', actor: 'staff', reason: body.reason, start: appointment.start, now, lateCancelWindowHours: window });
    decide(anchor); // The anchor itself must be cancelable: 409 naming from and to otherwise.
    const reached = await inScope(repos, anchor, query.scope);
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
  },

  editSeriesNotes: async ({ repos, runtime, params, query, body }: OperationInput<Id, SeriesScopeQuery, EditSeriesNotes>) => {
    const anchor = await repos.appointments.get(params.id);
    const now = runtime.clock.now().toISOString();
    const reached = await inScope(repos, anchor, query.scope);
    if (FINAL_STATUSES.includes(anchor.status as AppointmentStatus)) {
      throw new ConflictError(`The appointment is ${anchor.status}, which is final.`, 'appointment_final', { status: anchor.status });
    }
    const editable = reached.filter((appointment) => !FINAL_STATUSES.includes(appointment.status as AppointmentStatus));
    const changes = editable.map((appointment) => {
      const { notes: _notes, ...rest } = appointment;
      const next = changedBy(repos, now, rest as StoredAppointment, body.notes ? { notes: body.notes } : {});
      // Notes do not change availability: no calendar day is bumped.
      return { change: { previous: appointment, next }, days: [] };
    });
    await writeInChunks(repos, changes);
    return {
      items: changes.map(({ change }) => toAppointment(change.next)),
      skipped: reached.filter((appointment) => !editable.includes(appointment)).map((appointment) => ({ appointmentId: appointment.appointmentId, status: appointment.status })),
    };
  },
};
