/**
 * Random sequences of bookings, cancels, moves, waitlist entries, acceptances and clock moves over
 * two weeks of shifts (SPEC A9), through the real API, stream consumer and DynamoDB Local. As each
 * offer is mailed it is checked against the stored state at that moment: its opening is open and
 * holds it, no active visit overlaps it, and it lies inside its entry's dates and windows. At the end
 * no opening was offered to anyone twice and no two guarded visits overlap. `WAITLIST_RANDOM_STEPS`
 * runs longer, `WAITLIST_RANDOM_SEED` replays another sequence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { fitsEntry } from '@casefile/core';
import { createClinicRepositories } from '@casefile/db';
import { runtime } from '../../functions/src/runtime';
import { handler as expireWaitlistOffer } from '../../functions/src/scheduled/expireWaitlistOffer';
import { createLambdaContext } from '../../hosts/local/src/lambdaContext';
import { MINUTE, startWaitlistWorld, type WaitlistWorld, ZONE } from './waitlistWorld';
import { seededRandom } from '../support/seededRandom';

const STEPS = Number(process.env.WAITLIST_RANDOM_STEPS ?? 60);
const SEED = Number(process.env.WAITLIST_RANDOM_SEED ?? 20270405);
const FIRST_MONDAY = Temporal.PlainDate.from('2027-04-05');
const DATES = Array.from({ length: 14 }, (_, index) => FIRST_MONDAY.add({ days: index })).filter((date) => date.dayOfWeek <= 5).map(String);

describe(`waitlist offers over ${STEPS} random steps (seed ${SEED})`, () => {
  let w: WaitlistWorld;
  const problems: string[] = [];
  const offered = new Set<string>();
  let checked = 0;

  beforeAll(async () => {
    w = await startWaitlistWorld();
    for (const date of DATES) await w.addShift(date);
    await w.world.drainStreams();
    const repos = () => createClinicRepositories({ service: runtime().service, clinicId: w.world.clinicA.clinicId, actor: 'test', now: () => w.clock.now(), newId: runtime().newId });
    w.onOffer = async (mail) => {
      const { openingId, entryId } = mail.tags as { openingId: string; entryId: string };
      const key = `${openingId}/${entryId}`;
      if (offered.has(key)) problems.push(`offered twice: ${key}`);
      offered.add(key);
      const [offer, opening, entry] = await Promise.all([repos().waitlist.getOffer(openingId, entryId), repos().waitlist.getOpening(openingId), repos().waitlist.getEntry(entryId)]);
      if (!offer || !opening) return void problems.push(`no stored offer or opening for ${key}`);
      if (opening.status !== 'open') problems.push(`${key}: opening is ${opening.status}`);
      if (offer.start < opening.start || offer.end > opening.end) problems.push(`${key}: ${offer.start} is outside its opening`);
      const busy = await repos().appointments.busyBetween(offer.calendarId, offer.start, offer.end);
      if (busy.length > 0) problems.push(`${key}: ${offer.start} overlaps a visit`);
      const minutes = (Date.parse(offer.end) - Date.parse(offer.start)) / MINUTE;
      if (!fitsEntry(entry, Date.parse(offer.start), minutes, ZONE)) problems.push(`${key}: ${offer.start} is outside the entry's windows or dates`);
      checked += 1;
    };
  }, 400_000);
  afterAll(async () => {
    delete process.env.WAITLIST_OFFER_BATCH_SIZE;
    await w?.stop();
  });

  it('offers only real openings, inside each entry’s windows, never twice', async () => {
    process.env.WAITLIST_OFFER_BATCH_SIZE = '2';
    const random = seededRandom(SEED);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const clients = [];
    for (let index = 0; index < 6; index++) clients.push(await w.newClient(`Random${index}`));
    const booked: string[] = [];
    const counts = new Map<string, number>();
    const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
    const randomStart = () => w.local(pick(DATES), `${String(9 + Math.floor(random() * 7)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`);

    for (let step = 0; step < STEPS; step++) {
      const roll = random();
      if (roll < 0.2) {
        const first = Math.floor(random() * DATES.length);
        const hour = 9 + Math.floor(random() * 6);
        const response = await w.desk.post('/api/waitlist', {
          caseId: pick(clients).caseId,
          sessionId: w.session.sessionId,
          windows: [{ days: [1, 2, 3, 4, 5].filter(() => random() < 0.6), start: `${String(hour).padStart(2, '0')}:00`, end: `${String(hour + 1 + Math.floor(random() * 3)).padStart(2, '0')}:00` }].filter((window) => window.days.length > 0),
          earliestDate: DATES[first],
          latestDate: DATES[Math.min(DATES.length - 1, first + Math.floor(random() * 6))],
          priority: 1 + Math.floor(random() * 5),
        });
        count(`entry ${response.status}`);
      } else if (roll < 0.5 || booked.length === 0) {
        const response = await w.desk.post<{ appointment: { appointmentId: string } }>('/api/appointments', { caseId: pick(clients).caseId, sessionId: w.session.sessionId, calendarId: w.calendar.calendarId, start: randomStart(), mode: 'no_overlap' });
        if (response.status === 201) booked.push(response.body.appointment.appointmentId);
        count(`book ${response.status}`);
      } else if (roll < 0.65) {
        const response = await w.desk.post(`/api/appointments/${pick(booked)}/status`, { status: 'canceled', reason: 'Random' });
        count(`cancel ${response.status}`);
      } else if (roll < 0.75) {
        const response = await w.desk.post<{ appointment: { appointmentId: string } }>(`/api/appointments/${pick(booked)}/move`, { start: randomStart(), mode: 'no_overlap' });
        if (response.status === 201) booked.push(response.body.appointment.appointmentId);
        count(`move ${response.status}`);
      } else if (roll < 0.88 && w.offers.length > 0) {
        await w.world.drainStreams();
        const response = await w.world.anonymous.post<{ outcome: string }>('/api/public/waitlist-offers/accept', { token: pick(w.offers).token });
        count(`accept ${response.status} ${response.body.outcome ?? ''}`);
      } else {
        await w.world.drainStreams();
        w.clock.advance(Math.floor(random() * 180) * MINUTE);
        const due = [...w.scheduler.schedules.values()].filter((schedule) => Date.parse(schedule.at) <= w.clock.now().getTime());
        for (const schedule of due) {
          w.scheduler.schedules.delete(schedule.name);
          await expireWaitlistOffer(schedule.payload, createLambdaContext('expireWaitlistOffer', 10_000));
        }
        count('advance');
      }
    }
    await w.world.drainStreams();

    expect(problems).toEqual([]);
    const statuses = [...counts.keys()].map((key) => Number(key.split(' ')[1]));
    expect(statuses.every((status) => !(status >= 500)), JSON.stringify([...counts])).toBe(true);
    expect(checked).toBe(w.offers.length);
    expect(w.offers.length, JSON.stringify([...counts])).toBeGreaterThan(0);

    const repos = createClinicRepositories({ service: runtime().service, clinicId: w.world.clinicA.clinicId, actor: 'test', now: () => w.clock.now(), newId: runtime().newId });
    for (const date of DATES) {
      // Only no-overlap bookings are made here, so every busy time is guarded.
      const busy = (await repos.appointments.busyBetween(w.calendar.calendarId, w.local(date, '00:00'), w.local(date, '23:59'))).sort((a, b) => a.start.localeCompare(b.start));
      for (let index = 1; index < busy.length; index++) expect(Date.parse(busy[index]!.start), `overlap on ${date}`).toBeGreaterThanOrEqual(Date.parse(busy[index - 1]!.end));
    }
  }, 300_000);
});
