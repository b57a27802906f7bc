/**
 * An online booking (SPEC O2-O5): the client proves their email with the code they were sent, is
 * matched to their record (same email and name) or registered, gets a case per the clinic's policy,
 * and the visit is booked through the no-overlap guard with the calendar's online guardrails. With
 * no provider chosen, the first one free at that start gets it.
 */
import { Temporal } from 'temporal-polyfill';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import {
  type CaseFile,
  ConflictError,
  createCaseSchema,
  createClientSchema,
  EMAIL_CODE_MAX_ATTEMPTS,
  explainStart,
  isDomainError,
  MAX_PENDING_ONLINE_BOOKINGS,
  normalizeEmail,
  type PublicBookingRequest,
  TooManyRequestsError,
  ValidationError,
  type Client,
  type Calendar,
} from '@casefile/core';
import type { ClinicRepositories, StoredAppointment } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { loadCalendarInputs } from '../availability/calendarInputs';
import { bookAppointment } from '../appointments/bookAppointment';
import type { Catalogue, OnlineChoice } from './publicCatalogue';
import { onlineChoice } from './publicCatalogue';
import { enforceRateLimits, publicLinks, sourceAddress } from './publicClinicContext';
import { raiseOnlineReviewTask } from '../tasks/systemTasks';

export async function bookOnline(
  repos: ClinicRepositories,
  runtime: Runtime,
  event: APIGatewayProxyEventV2,
  catalogue: Catalogue,
  body: PublicBookingRequest,
): Promise<{ appointment: StoredAppointment; client: Client }> {
  const links = await publicLinks(runtime);
  const emailKey = links.keyedHash('email', normalizeEmail(body.email));
  await enforceRateLimits(repos, runtime, [
    ['booking:address', sourceAddress(event)],
    ['booking:contact', emailKey],
  ]);
  const choice = onlineChoice(catalogue, body);
  const now = runtime.clock.now();
  const check = await repos.online.checkEmailCode(emailKey, links.keyedHash('code', `${emailKey}:${body.code}`), Math.floor(now.getTime() / 1000), EMAIL_CODE_MAX_ATTEMPTS, links.sameHash);
  if (check !== 'verified') {
    throw new ValidationError('That code is not right or has expired; ask for a new one.', [{ path: 'code', message: 'Wrong or expired code.' }]);
  }

  const start = new Date(body.start).toISOString();
  const placements = await freePlacements(repos, runtime, choice, start);
  if (placements.length === 0) throw new ConflictError('That time is no longer available; please choose another.', 'slot_taken');

  const client = await matchOrRegisterClient(repos, body);
  await refuseOverPendingCap(repos, client.clientId, now);
  const caseFile = await caseForBooking(repos, catalogue, client.clientId, choice, now);

  for (const placement of placements) {
    try {
      const booked = await bookAppointment(
        repos,
        runtime,
        { caseFile, session: choice.session, calendar: placement.calendar, resources: placement.resources },
        { caseId: caseFile.caseId, sessionId: choice.session.sessionId, calendarId: placement.calendar.calendarId, start, mode: 'online', ...(body.notes ? { notes: body.notes } : {}) },
      );
      await repos.online.spendEmailCode(emailKey);
      // A case stamped now was opened by this booking: the front desk reviews it (K7).
      if (caseFile.createdAt >= now.toISOString()) await raiseOnlineReviewTask(repos, { appointmentId: booked.appointment.appointmentId, clientId: client.clientId, caseId: caseFile.caseId });
      return { appointment: booked.appointment, client };
    } catch (error) {
      // Another client won this calendar at this start: try the next provider free then, if any.
      if (!(isDomainError(error) && error.outcome === 'conflict')) throw error;
    }
  }
  throw new ConflictError('That time was just taken; please choose another.', 'slot_taken');
}

interface Placement {
  calendar: Calendar;
  resources: Calendar[];
}

/** The offered calendars (with a free room or equipment of each kind the session needs) bookable online at `start`. */
async function freePlacements(repos: ClinicRepositories, runtime: Runtime, choice: OnlineChoice, start: string): Promise<Placement[]> {
  const window = { from: start, to: start, durationMinutes: choice.session.durationMinutes };
  const request = {
    session: { sessionId: choice.session.sessionId, disciplineId: choice.session.disciplineId, durationMinutes: choice.session.durationMinutes, onlineBookable: choice.session.onlineBookable },
    now: runtime.clock.now().toISOString(),
    mode: 'online' as const,
  };
  const bookable = async (calendars: readonly Calendar[]) => {
    const inputs = await loadCalendarInputs(repos, calendars, window);
    return calendars.filter((_calendar, index) => explainStart(inputs[index]!, request, start).bookable);
  };
  const [providers, ...resourceKinds] = await Promise.all([bookable(choice.calendars), ...choice.resourcesByKind.map(bookable)]);
  if (resourceKinds.some((kind) => kind.length === 0)) return [];
  return providers!.map((calendar) => ({ calendar, resources: resourceKinds.map((kind) => kind[0]!) }));
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** The client with this (now verified) email and name, or a new one: a family sharing an address stays apart. */
async function matchOrRegisterClient(repos: ClinicRepositories, body: PublicBookingRequest): Promise<Client> {
  const withEmail = (await repos.clients.search({ email: body.email, limit: 100 })).items;
  const match = withEmail.find(
    (client) => client.status === 'active' && sameName(client.lastName, body.lastName) && (sameName(client.firstName, body.firstName) || sameName(client.preferredName ?? '', body.firstName)),
  );
  if (match) return match;
  return repos.clients.create(
    createClientSchema.parse({
      firstName: body.firstName,
      lastName: body.lastName,
      email: body.email,
      ...(body.phone ? { mobilePhone: body.phone } : {}),
      consent: { treatment: false, privacyPolicy: false, electronicCommunication: true },
    }),
  );
}

async function refuseOverPendingCap(repos: ClinicRepositories, clientId: string, now: Date): Promise<void> {
  const upcoming = (await repos.appointments.listAllForClient(clientId)).filter(
    (appointment) => appointment.mode === 'online' && (appointment.status === 'booked' || appointment.status === 'confirmed') && Date.parse(appointment.start) > now.getTime(),
  );
  if (upcoming.length < MAX_PENDING_ONLINE_BOOKINGS) return;
  const soonest = Math.min(...upcoming.map((appointment) => Date.parse(appointment.start)));
  throw new TooManyRequestsError(
    `You already have ${upcoming.length} upcoming online bookings; please contact the clinic to book more.`,
    Math.max(60, Math.ceil((soonest - now.getTime()) / 1000)),
    'pending_limit',
  );
}

/** The client's open case of the session's discipline (policy 'attach_open'), or a new case of the clinic's online type. */
async function caseForBooking(repos: ClinicRepositories, catalogue: Catalogue, clientId: string, choice: OnlineChoice, now: Date): Promise<CaseFile> {
  const { clinic } = catalogue;
  if (clinic.onlineCasePolicy !== 'new_case') {
    const { cases } = await repos.clients.getWithCases(clientId);
    const open = cases.filter((one) => one.status === 'open' && one.disciplineId === choice.session.disciplineId).sort((a, b) => b.intakeDate.localeCompare(a.intakeDate));
    if (open[0]) return open[0];
  }
  const today = Temporal.Instant.from(now.toISOString()).toZonedDateTimeISO(choice.location.timeZone).toPlainDate().toString();
  const input = createCaseSchema.parse({
    caseType: clinic.onlineCaseType ?? 'private',
    title: `Online booking: ${choice.session.name}`,
    intakeDate: today,
    disciplineId: choice.session.disciplineId,
    referralSource: { kind: 'self', name: 'Online booking' },
  });
  return repos.cases.create(clientId, input, clinic.caseNumberPrefix ?? '');
}
