/**
 * The living demo (issue 16): last week and this week of a clinic's life, written through the same use
 * cases the API calls, so charges, invoices, payments and statuses agree. Past visits are arrived
 * (most of them billed and paid), with a no-show and late cancellations carrying their fees; today is
 * a busy day in every status; the rest of the week and next week are booked, some of it online; one client comes
 * weekly as a series. Only `npm start` (and the browser tests of the demo) run it: the API tests'
 * worlds stay empty. Dates are relative to now, in the clinic's zone (Temporal).
 */
import { createLogger } from '@casefile/adapters/logging/logger';
import { type Calendar, type CaseFile, ConflictError, type Session } from '@casefile/core';
import { type ClinicRepositories, type CasefileService, createClinicRepositories, mapInParallel } from '@casefile/db';
import type { StaffContext } from '@casefile/functions/usecases/context';
import { bookAppointment } from '@casefile/functions/usecases/appointments/bookAppointment';
import { resolveBookingTarget } from '@casefile/functions/usecases/appointments/bookingChecks';
import { changeAppointmentStatus } from '@casefile/functions/usecases/appointments/changeAppointmentStatus';
import { confirmRepeat } from '@casefile/functions/usecases/appointments/confirmRepeat';
import { previewRepeat } from '@casefile/functions/usecases/appointments/previewRepeat';
import { reconcileAppointmentBilling } from '@casefile/functions/usecases/billing/reconcileAppointmentBilling';
import { Temporal } from 'temporal-polyfill';
import { ulid } from 'ulidx';
import type { DemoClinic } from '../demoData';
import { seedCasePayers } from '../seedBilling';
import { DEMO_PEOPLE } from './demoPeople';
import { addSecondLocation, fillPastShifts, type DayShift } from './demoShifts';
import { settleDemoVisit } from './settleDemoVisit';

const SEED_ACTOR = 'system:seed';

/** A small deterministic generator: the same demo on every first start (times shift with "now" only). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Booked {
  appointmentId: string;
  caseId: string;
  clientId: string;
  start: string;
  end: string;
  mode: string;
}

export interface DemoActivity {
  appointments: number;
  online: number;
}

export async function seedDemoActivity(service: CasefileService, clinic: DemoClinic): Promise<DemoActivity> {
  const repos = createClinicRepositories({ service, clinicId: clinic.clinicId, actor: SEED_ACTOR, now: () => new Date(), newId: () => ulid() });
  const runtime = { service, clock: { now: () => new Date() }, newId: () => ulid(), logger: createLogger('seed') };
  const owner = (await repos.members.list({ limit: 100 })).items.find((member) => member.role === 'owner')!;
  const staff: StaffContext = { repos, runtime, caller: { memberId: owner.memberId, clinicId: clinic.clinicId, role: 'owner' } };
  const billing = { repos, runtime };
  const now = Temporal.Now.zonedDateTimeISO(clinic.timeZone);
  const today = now.toPlainDate();
  const lastMonday = today.subtract({ days: today.dayOfWeek - 1 + 7 });
  const sunday = today.add({ days: 7 - today.dayOfWeek });
  // Next week is booked lightly too, so a Friday or weekend start still has future (and online) bookings.
  const nextSunday = sunday.add({ days: 7 });

  await addSecondLocation(repos, clinic, today);
  const calendars = (await repos.calendars.list({ limit: 100 })).items;
  const shifts = await fillPastShifts(repos, calendars, lastMonday, today, nextSunday);
  const sessions = (await repos.sessions.list({ limit: 100 })).items.filter((session) => session.active);
  const cases = await demoCases(repos, clinic);
  const next = random(clinic.clinicId.length * 7919 + 16);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const taken = new Map<string, { start: number; end: number }[]>();
  const isFree = (calendarId: string, start: number, end: number) => !(taken.get(calendarId) ?? []).some((busy) => busy.start < end && start < busy.end);

  async function book(calendar: Calendar, session: Session, caseFile: CaseFile, start: Temporal.ZonedDateTime, mode: 'staff' | 'online' = 'staff'): Promise<Booked | undefined> {
    const resources = session.requiredResourceKinds.map(
      (kind) => calendars.find((item) => item.kind === kind && item.locationId === calendar.locationId && item.disciplineIds.includes(session.disciplineId))?.calendarId,
    );
    if (resources.some((id) => id === undefined)) return undefined;
    const request = { caseId: caseFile.caseId, sessionId: session.sessionId, calendarId: calendar.calendarId, resourceCalendarIds: resources as string[], start: start.toInstant().toString(), notify: false };
    const target = await resolveBookingTarget(repos, staff.caller, request);
    const booked = await bookAppointment(repos, runtime, target, { ...request, mode }).catch(async (error: unknown) => {
      if (mode === 'staff') throw error;
      // Online rules (lead time, buffers) may refuse a demo slot; the front desk books it instead.
      return bookAppointment(repos, runtime, target, { ...request, mode: 'staff' });
    });
    const { appointmentId, end } = booked.appointment;
    return { appointmentId, caseId: caseFile.caseId, clientId: caseFile.clientId, start: request.start, end, mode: booked.appointment.mode };
  }
  const setStatus = (appointment: Booked, status: 'confirmed' | 'arrived' | 'no_show' | 'canceled', reason?: string) =>
    changeAppointmentStatus(staff, appointment.appointmentId, { status, ...(reason ? { reason } : {}) });

  const providerCalendars = calendars.filter((calendar) => calendar.kind === 'provider' && calendar.active);
  const sessionsFor = (calendar: Calendar) => sessions.filter((session) => calendar.disciplineIds.includes(session.disciplineId));
  const casesFor = (calendar: Calendar) => {
    const matching = cases.filter((item) => item.disciplineId && calendar.disciplineIds.includes(item.disciplineId));
    return matching.length > 0 ? matching : cases;
  };

  const series: Booked[] = [];
  // A weekly series: the first client with a case of the first provider's discipline, Tuesdays (or the first shift day) at 10:00.
  const first = providerCalendars[0];
  const firstShift = first && shifts.find((shift) => shift.calendarId === first.calendarId && shift.date >= lastMonday.toString());
  if (first && firstShift) {
    const session = sessionsFor(first).find((item) => item.requiredResourceKinds.length === 0 && item.durationMinutes <= 30) ?? sessionsFor(first)[0];
    const start = Temporal.PlainDate.from(firstShift.date).toZonedDateTime({ timeZone: clinic.timeZone, plainTime: firstShift.start }).add({ hours: 1 });
    const seriesCase = casesFor(first)[0];
    const origin = session && seriesCase ? await book(first, session, seriesCase, start) : undefined;
    if (origin) {
      const pattern = { weekdays: [(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const)[start.dayOfWeek - 1]!], intervalWeeks: 1, count: 6 };
      const preview = await previewRepeat(staff, origin.appointmentId, { pattern });
      const confirmed = await confirmRepeat(staff, origin.appointmentId, { pattern, dates: preview.occurrences.map((item) => item.date) });
      for (const appointment of confirmed.items) {
        taken.set(first.calendarId, [...(taken.get(first.calendarId) ?? []), { start: Date.parse(appointment.start), end: Date.parse(appointment.end) }]);
        series.push({ ...appointment, mode: 'staff' });
      }
    }
  }

  // Plan first (the generator decides everything), then write with a few workers: one case's visits in order.
  const planned: PlannedVisit[] = [];
  for (const shift of shifts) {
    const calendar = providerCalendars.find((item) => item.calendarId === shift.calendarId);
    if (!calendar || shift.date < lastMonday.toString() || shift.date > nextSunday.toString()) continue;
    const isToday = shift.date === today.toString();
    const fill = isToday ? 0.45 : 0.09;
    for (const slot of slotsOf(shift, clinic.timeZone)) {
      const session = pick(sessionsFor(calendar));
      if (!session || next() > fill) continue;
      const end = slot.add({ minutes: session.durationMinutes });
      if (!fitsShift(shift, slot, end, clinic.timeZone) || !isFree(calendar.calendarId, slot.epochMilliseconds, end.epochMilliseconds)) continue;
      taken.set(calendar.calendarId, [...(taken.get(calendar.calendarId) ?? []), { start: slot.epochMilliseconds, end: end.epochMilliseconds }]);
      const online = !isToday && slot.epochMilliseconds > now.epochMilliseconds && session.onlineBookable && calendar.onlineBooking && next() < 0.3;
      planned.push({ calendar, session, caseFile: pick(casesFor(calendar)), start: slot, mode: online ? 'online' : 'staff', outcome: 'booked' });
    }
  }
  decideOutcomes(planned.map((visit) => ({ visit, start: visit.start.epochMilliseconds })), now, next);

  const byCase = new Map<string, PlannedVisit[]>();
  for (const visit of planned) byCase.set(visit.caseFile.caseId, [...(byCase.get(visit.caseFile.caseId) ?? []), visit]);
  const summary = { appointments: series.length, online: 0 };
  await mapInParallel([...byCase.values()], 3, async (visits) => {
    for (const visit of visits) {
      const appointment = await retried(() => book(visit.calendar, visit.session, visit.caseFile, visit.start, visit.mode));
      if (!appointment) continue;
      summary.appointments++;
      if (appointment.mode === 'online') summary.online++;
      await retried(() => applyOutcome(appointment, visit.outcome));
    }
  });
  // The series' past visits happened too.
  await mapInParallel(series.filter((item) => Date.parse(item.end) < now.epochMilliseconds), 1, (appointment) => retried(() => applyOutcome(appointment, 'arrived')));
  return summary;

  async function applyOutcome(appointment: Booked, outcome: Outcome): Promise<void> {
    if (outcome === 'booked') return;
    if (outcome === 'confirmed') return void (await setStatus(appointment, 'confirmed'));
    if (outcome === 'no_show' || outcome === 'late_cancel' || outcome === 'canceled') {
      await (outcome === 'no_show' ? setStatus(appointment, 'no_show') : setStatus(appointment, 'canceled', outcome === 'late_cancel' ? 'Car trouble; will call to rebook' : 'Client called in sick'));
      // The fee (no-show, late cancel) is there at once, as the charges consumer would make it.
      await reconcileAppointmentBilling(billing, appointment.appointmentId);
      return;
    }
    if ((await repos.appointments.get(appointment.appointmentId)).status === 'booked') await setStatus(appointment, 'arrived');
    if (outcome === 'paid' || outcome === 'billed') await settleDemoVisit(billing, appointment, outcome === 'paid');
  }
}

type Outcome = 'booked' | 'confirmed' | 'arrived' | 'billed' | 'paid' | 'no_show' | 'canceled' | 'late_cancel';

interface PlannedVisit {
  calendar: Calendar;
  session: Session;
  caseFile: CaseFile;
  start: Temporal.ZonedDateTime;
  mode: 'staff' | 'online';
  outcome: Outcome;
}

/**
 * What became of each visit, by its time: the past is arrived, most of it billed and paid (billing
 * is the slow part of the seed: all of today, a few before), with the odd no-show and cancellation;
 * today's first visit was a no-show (its fee shows); two visits in the next day were canceled late;
 * the future is booked or confirmed.
 */
function decideOutcomes(visits: { visit: PlannedVisit; start: number }[], now: Temporal.ZonedDateTime, next: () => number): void {
  const today = now.toPlainDate();
  let billed = 0;
  let noShowToday = false;
  let lateCancels = 0;
  for (const { visit, start } of visits.sort((a, b) => a.start - b.start)) {
    const isToday = visit.start.toPlainDate().equals(today);
    const roll = next();
    if (start + visit.session.durationMinutes * 60_000 <= now.epochMilliseconds) {
      if (!noShowToday && isToday) {
        noShowToday = true;
        visit.outcome = 'no_show';
      } else if (roll < 0.05) visit.outcome = 'no_show';
      else if (roll < 0.1) visit.outcome = 'canceled';
      else if (isToday || (billed < 6 && roll < 0.35)) {
        billed++;
        visit.outcome = roll < 0.85 ? 'paid' : 'billed';
      } else visit.outcome = 'arrived';
    } else if (start <= now.epochMilliseconds) visit.outcome = 'arrived';
    else if (start - now.epochMilliseconds < 20 * 3_600_000 && lateCancels < 2 && roll < 0.25) {
      lateCancels++;
      visit.outcome = 'late_cancel';
    } else visit.outcome = roll < 0.45 || (isToday && roll < 0.8) ? 'confirmed' : 'booked';
  }
}

/** Concurrent demo writes can meet on a calendar day's guard item; such a lost race is simply tried again. */
async function retried<T>(write: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}

/** Every demo case that is open, the base clients' and the extra people's (created here with their payers). */
async function demoCases(repos: ClinicRepositories, clinic: DemoClinic): Promise<CaseFile[]> {
  const disciplines = (await repos.disciplines.list({ limit: 100 })).items;
  const disciplineId = (name: string) => disciplines.find((item) => item.name === name)?.disciplineId;
  const cases: CaseFile[] = [];
  await mapInParallel(DEMO_PEOPLE[clinic.slug] ?? [], 4, async (person) => {
    const local = person.firstName.toLowerCase().replace(/[^a-z]/g, '');
    const client = await repos.clients.create({
      firstName: person.firstName,
      lastName: person.lastName,
      email: `${local}.${person.lastName.toLowerCase().replace(/[^a-z]/g, '')}@example.com`,
      phone: person.phone,
      alerts: [],
      communication: { email: true, sms: false, reminders: true, marketing: false },
      consent: { treatment: true, privacyPolicy: true, electronicCommunication: true },
      status: 'active',
    });
    const discipline = clinic.disciplines[person.discipline]?.name ?? '';
    const caseFile = await repos.cases.create(
      client.clientId,
      { caseType: person.caseType, title: person.title, intakeDate: '2026-10-01', disciplineId: disciplineId(discipline), assignedProviderIds: [], contacts: [] },
      clinic.caseNumberPrefix,
    );
    await seedCasePayers(repos, caseFile);
  });
  const clients = await repos.clients.search({ limit: 100 });
  for (const client of clients.items) {
    const file = await repos.clients.getWithCases(client.clientId);
    cases.push(...file.cases.filter((item) => item.status === 'open'));
  }
  return cases;
}

/** Start times through a shift: on the quarter hour, breaks left out. */
function* slotsOf(shift: DayShift, timeZone: string): Generator<Temporal.ZonedDateTime> {
  const date = Temporal.PlainDate.from(shift.date);
  let at = date.toZonedDateTime({ timeZone, plainTime: shift.start });
  const end = date.toZonedDateTime({ timeZone, plainTime: shift.end });
  while (Temporal.ZonedDateTime.compare(at, end) < 0) {
    yield at;
    at = at.add({ minutes: 15 });
  }
}

function fitsShift(shift: DayShift, start: Temporal.ZonedDateTime, end: Temporal.ZonedDateTime, timeZone: string): boolean {
  const date = Temporal.PlainDate.from(shift.date);
  const at = (time: string) => date.toZonedDateTime({ timeZone, plainTime: time }).epochMilliseconds;
  if (start.epochMilliseconds < at(shift.start) || end.epochMilliseconds > at(shift.end)) return false;
  return !shift.breaks.some((item) => at(item.start) < end.epochMilliseconds && start.epochMilliseconds < at(item.end));
}
