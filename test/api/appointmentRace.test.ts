/**
 * The double-booking guard under load (A8): 400 random concurrent bookings, moves and cancels on
 * five calendars (`RACE_OPERATIONS` for more, `RACE_SEED` to replay another run), then a verifier
 * over the stored items: no two active no-overlap appointments overlap on any calendar, and every
 * appointment's occupancy matches it.
 */
import { afterAll, beforeAll, describe, expect, it} from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { type Calendar, isActiveStatus, type AppointmentStatus, type Session } from '@casefile/core';
import { createDocumentClient, createService, type StoredAppointment } from '@casefile/db';
import type { ApiClient } from '../support/apiClient';
import { startWorld, type World } from '../support/world';
import { dynamoEndpoint } from '../setup/fileDynamo';
import { seededRandom } from '../support/seededRandom';

const ZONE = 'America/Toronto';
const DATE = '2031-05-20';
const OPERATIONS = Number(process.env.RACE_OPERATIONS ?? 400);
const IN_FLIGHT = 16;
const local = (minutesAfterNine: number) =>
  Temporal.PlainDateTime.from(`${DATE}T09:00`).add({ minutes: minutesAfterNine }).toZonedDateTime(ZONE).toInstant().toString();

describe(`no double booking under ${OPERATIONS} random concurrent operations (A8)`, () => {
  let world: World;
  let desk: ApiClient;
  let calendars: Calendar[];
  let session: Session;

  beforeAll(async () => {
    world = await startWorld();
    const owner = await world.clinicA.api('owner');
    desk = await world.clinicA.api('front_desk');
    session = (await owner.post<Session>('/api/sessions', { name: 'Race 30', disciplineId: world.clinicA.ids.disciplineId, durationMinutes: 30 })).body;
    calendars = [];
    for (let index = 0; index < 5; index += 1) {
      const created = await owner.post<Calendar>('/api/calendars', {
        kind: 'room',
        name: `Race room ${index + 1}`,
        locationId: world.clinicA.ids.locationId,
        disciplineIds: [world.clinicA.ids.disciplineId],
      });
      calendars.push(created.body);
      expect((await desk.post('/api/shifts', { calendarId: created.body.calendarId, date: DATE, start: '09:00', end: '17:00', breaks: [] })).status).toBe(201);
    }
  });
  afterAll(() => world?.stop());

  it('keeps every calendar free of overlaps and every occupancy true to its appointment', async () => {
    const seed = Number(process.env.RACE_SEED ?? 20311120);
    const random = seededRandom(seed);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const known: string[] = [];
    // Attempts follow from the seed alone: every operation draws three numbers before its first await.
    // Outcomes depend on timing, so only what the seed guarantees is asserted of them below.
    const attempts = new Map<string, number>();
    const outcomes = new Map<string, number>();
    const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
    const count = (key: string) => bump(outcomes, key);

    // Each wave of concurrent operations fights over one hour of one calendar: 30-minute visits on
    // the quarter hour, so most pairs in a wave collide. Cancels and moves free time for later waves.
    async function operation(calendarId: string, hourStart: number): Promise<void> {
      const start = local(hourStart + 15 * Math.floor(random() * 3));
      const roll = random();
      if (roll < 0.45 || known.length === 0) {
        const staff = random() < 0.1;
        bump(attempts, `book ${staff ? 'staff' : 'no_overlap'}`);
        const response = await desk.post<{ appointment: { appointmentId: string } }>('/api/appointments', {
          caseId: world.clinicA.ids.caseId,
          sessionId: session.sessionId,
          calendarId,
          start,
          mode: staff ? 'staff' : 'no_overlap',
        });
        if (response.status === 201) known.push(response.body.appointment.appointmentId);
        count(`book ${staff ? 'staff' : 'no_overlap'} ${response.status}`);
      } else if (roll < 0.8) {
        bump(attempts, 'move');
        const response = await desk.post<{ appointment: { appointmentId: string } }>(`/api/appointments/${pick(known)}/move`, { start, calendarId, mode: 'no_overlap' });
        if (response.status === 201) known.push(response.body.appointment.appointmentId);
        count(`move ${response.status}`);
      } else {
        bump(attempts, 'cancel');
        const response = await desk.post(`/api/appointments/${pick(known)}/status`, { status: 'canceled', reason: 'Race test' });
        count(`cancel ${response.status}`);
      }
    }

    for (let done = 0; done < OPERATIONS; done += IN_FLIGHT) {
      const calendarId = pick(calendars).calendarId;
      const hourStart = 60 * Math.floor(random() * 7);
      const size = Math.min(IN_FLIGHT, OPERATIONS - done);
      await Promise.all(Array.from({ length: size }, () => operation(calendarId, hourStart)));
    }

    const statuses = [...outcomes.keys()].map((key) => Number(key.split(' ').pop()));
    // Every refusal is a conflict (slot taken, a concurrent change, a final status), never a 5xx.
    expect(statuses.every((status) => status === 200 || status === 201 || status === 409), JSON.stringify([...outcomes])).toBe(true);
    expect([...outcomes.values()].reduce((sum, n) => sum + n, 0)).toBe(OPERATIONS);

    const service = createService(createDocumentClient(await dynamoEndpoint()), world.tableName);
    const clinicId = world.clinicA.clinicId;
    let occupancies = 0;
    for (const calendar of calendars) {
      const placed = await service.entities.occupancy.query.primary({ clinicId, calendarId: calendar.calendarId }).go({ pages: 'all' });
      const ids = placed.data.map((item) => item.appointmentId);
      occupancies += ids.length;
      const stored = new Map<string, StoredAppointment>();
      for (let index = 0; index < ids.length; index += 100) {
        const batch = await service.entities.appointment.get(ids.slice(index, index + 100).map((appointmentId) => ({ clinicId, appointmentId }))).go({ consistent: true });
        for (const item of batch.data) if (item) stored.set(item.appointmentId, item as StoredAppointment);
      }
      for (const occupancy of placed.data) {
        const appointment = stored.get(occupancy.appointmentId);
        expect(appointment, `occupancy without its appointment ${occupancy.appointmentId}`).toBeDefined();
        expect({ start: occupancy.start, end: occupancy.end, status: occupancy.status, calendarId: appointment!.calendarId }).toEqual({
          start: appointment!.start,
          end: appointment!.end,
          status: appointment!.status,
          calendarId: calendar.calendarId,
        });
      }
      const guarded = [...stored.values()]
        .filter((item) => item.mode === 'no_overlap' && isActiveStatus(item.status as AppointmentStatus))
        .sort((a, b) => a.start.localeCompare(b.start));
      for (let index = 1; index < guarded.length; index += 1) {
        const before = guarded[index - 1]!;
        const after = guarded[index]!;
        expect(Date.parse(after.start) >= Date.parse(before.end), `${before.appointmentId} and ${after.appointmentId} overlap on ${calendar.name} (seed ${seed})`).toBe(true);
      }
    }
    // The run exercised what it claims to. Attempts are fixed by the seed; of the outcomes, only what
    // holds whatever the timing: the first wave is sixteen bookings into one empty hour (nothing is
    // known yet to move or cancel), which holds at most two 30-minute no-overlap visits, so at least
    // one no-overlap booking wins and, with three or more tries, at least one is refused.
    // Each operation books with p = 0.45 (no-overlap 9 times in 10), moves with 0.35, cancels with 0.2.
    expect(attempts.get('book no_overlap') ?? 0).toBeGreaterThan(OPERATIONS * 0.3);
    expect(attempts.get('move') ?? 0).toBeGreaterThan(OPERATIONS * 0.25);
    expect(attempts.get('cancel') ?? 0).toBeGreaterThan(OPERATIONS * 0.1);
    expect(outcomes.get('book no_overlap 201') ?? 0).toBeGreaterThanOrEqual(1);
    expect(outcomes.get('book no_overlap 409') ?? 0).toBeGreaterThanOrEqual(1);
    expect((outcomes.get('move 201') ?? 0) + (outcomes.get('move 409') ?? 0)).toBe(attempts.get('move'));
    // Every winning booking left an occupancy item for the verifier to check.
    expect(occupancies).toBeGreaterThanOrEqual(outcomes.get('book no_overlap 201') ?? 0);
  }, 300_000);
});
