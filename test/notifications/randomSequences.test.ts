/**
 * Random sequences through the real API, stream consumer, delivery and DynamoDB Local (the
 * conditional send records are the real ones); the scheduler is simulated in memory so firings can
 * come late or twice, and the mailer records what it is asked to send, checking the appointment as
 * stored at that moment. The 1,000-run version of this property runs on the core alone
 * (packages/core/test/notifications/planner.property.test.ts); this one keeps the data real.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, type Mailer, type OneTimeSchedule, type OutgoingMail, type SchedulerPort } from '@casefile/adapters';
import { createClinicRepositories } from '@casefile/db';
import { setPorts } from '../../functions/src/ports/setPorts';
import { runtime, setRuntime } from '../../functions/src/runtime';
import { handler as sendNotification } from '../../functions/src/scheduled/sendNotification';
import { createLambdaContext } from '../../hosts/local/src/lambdaContext';
import type { ApiClient } from '../support/apiClient';
import { startWorld, type World } from '../support/world';

const MINUTE = 60_000;
const clock = fixedClock(new Date(Math.ceil(Date.now() / MINUTE) * MINUTE));
const ALL = { client: true, provider: false };

class MemoryScheduler implements SchedulerPort {
  readonly schedules = new Map<string, OneTimeSchedule>();
  async upsertOneTimeSchedule(schedule: OneTimeSchedule): Promise<void> {
    this.schedules.set(schedule.name, schedule);
  }
  async deleteSchedule(name: string): Promise<void> {
    this.schedules.delete(name);
  }
}

interface Sent {
  tags: OutgoingMail['tags'];
  at: number;
  status: string;
  start: string;
}

describe('random sequences on DynamoDB Local with a simulated scheduler', () => {
  let world: World;
  let desk: ApiClient;
  let owner: ApiClient;
  const scheduler = new MemoryScheduler();
  const sent: Sent[] = [];

  beforeAll(async () => {
    world = await startWorld();
    const repos = () => createClinicRepositories({ service: runtime().service, clinicId: world.clinicA.clinicId, actor: 'test', now: () => clock.now(), newId: runtime().newId });
    const mailer: Mailer = {
      async send(mail) {
        // Staff alerts (an authorization running low after an arrival) are about a case, not a visit.
        if (!mail.tags.appointmentId) return { messageId: `staff${sent.length}` };
        const appointment = await repos().appointments.get(mail.tags.appointmentId!);
        sent.push({ tags: mail.tags, at: clock.now().getTime(), status: appointment.status, start: appointment.start });
        return { messageId: `m${sent.length}` };
      },
    };
    setRuntime({ ...runtime(), clock });
    setPorts({ scheduling: { scheduler, scheduleGroup: 'test' }, outgoingMail: { mailer, mailFrom: 'test@example.com' } });
    owner = await world.clinicA.api('owner');
    desk = await world.clinicA.api('front_desk');
  });
  afterAll(async () => {
    setRuntime(undefined);
    setPorts(undefined);
    await world?.stop();
  });

  async function fireDue(lateSkip: number, duplicate: number): Promise<void> {
    const due = [...scheduler.schedules.values()].filter((schedule) => Date.parse(schedule.at) <= clock.now().getTime()).sort((a, b) => a.at.localeCompare(b.at));
    for (const [index, schedule] of due.entries()) {
      if ((index + lateSkip) % 4 === 0) continue;
      await sendNotification(schedule.payload, createLambdaContext('sendNotification', 10_000));
      if ((index + duplicate) % 3 === 0) await sendNotification(schedule.payload, createLambdaContext('sendNotification', 10_000));
      if (scheduler.schedules.get(schedule.name) === schedule) scheduler.schedules.delete(schedule.name);
    }
  }

  const command = fc.oneof(
    { weight: 3, arbitrary: fc.record({ op: fc.constant('book' as const), minutes: fc.integer({ min: 30, max: 3 * 24 * 60 }) }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constantFrom('cancel' as const, 'noShow' as const, 'confirm' as const, 'move' as const), pick: fc.nat(), minutes: fc.integer({ min: 30, max: 3 * 24 * 60 }) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('rules' as const), leads: fc.subarray([60, 24 * 60, 48 * 60], { minLength: 1 }) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('drain' as const) }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant('advance' as const), minutes: fc.integer({ min: 1, max: 24 * 60 }), lateSkip: fc.nat(3), duplicate: fc.nat(2) }) },
  );

  it('never reminds of a canceled or outdated time and sends each message at most once', async () => {
    await owner.request('PUT', '/api/notification-settings', { notices: { newBooking: ALL, reschedule: ALL, cancellation: ALL, noShow: ALL }, newBookingOffsetMinutes: 2, reminders: [{ leadMinutes: 24 * 60 }] });
    const { ids } = world.clinicA;
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 4, maxLength: 10 }), async (commands) => {
        const booked: string[] = [];
        const pick = (n: number) => booked[n % booked.length];
        for (const c of commands) {
          const at = (minutes: number) => new Date(clock.now().getTime() + minutes * MINUTE).toISOString();
          if (c.op === 'book') {
            const response = await desk.post<{ appointment: { appointmentId: string } }>('/api/appointments', { caseId: ids.caseId, sessionId: ids.sessionId, calendarId: ids.calendarId, start: at(c.minutes) });
            booked.push(response.body.appointment.appointmentId);
          } else if (c.op === 'rules') {
            await owner.request('PUT', '/api/notification-settings', { notices: { newBooking: ALL, reschedule: ALL, cancellation: ALL, noShow: ALL }, newBookingOffsetMinutes: 2, reminders: c.leads.map((leadMinutes) => ({ leadMinutes })) });
          } else if (c.op === 'drain') {
            await world.drainStreams();
          } else if (c.op === 'advance') {
            // Time moves only once the changes so far are planned: on a loaded machine the poller may
            // lag the commands, and a change planned after the clock passed its reminder has none.
            await world.drainStreams();
            clock.advance(c.minutes * MINUTE);
            await fireDue(c.lateSkip, c.duplicate);
          } else if (booked.length > 0) {
            const id = pick(c.pick)!;
            if (c.op === 'move') {
              const moved = await desk.post<{ appointment: { appointmentId: string } }>(`/api/appointments/${id}/move`, { start: at(c.minutes) });
              if (moved.status === 201) booked.push(moved.body.appointment.appointmentId);
            } else {
              const status = { cancel: 'canceled', noShow: 'no_show', confirm: 'confirmed' }[c.op];
              await desk.post(`/api/appointments/${id}/status`, { status, ...(status === 'canceled' ? { reason: 'Random' } : {}) });
            }
          }
        }
        // Then time runs on to each schedule still waiting, firing it on time, late or twice. One jump
        // past every start would make every reminder outdated, and a run could then send none at all.
        await world.drainStreams();
        for (let round = 0; round < 100 && scheduler.schedules.size > 0; round++) {
          const next = Math.min(...[...scheduler.schedules.values()].map((schedule) => Date.parse(schedule.at)));
          if (next > clock.now().getTime()) clock.advance(next - clock.now().getTime());
          await fireDue(round % 4, round % 3);
          await world.drainStreams();
        }
      }),
      { numRuns: 25 },
    );

    const keys = sent.map((mail) => `${mail.tags.appointmentId}|${mail.tags.kind}|${mail.tags.leadMinutes ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
    const reminders = sent.filter((mail) => mail.tags.kind === 'reminder');
    for (const mail of reminders) {
      expect(['booked', 'confirmed']).toContain(mail.status);
      expect(mail.at).toBeLessThan(Date.parse(mail.start));
      expect(mail.at).toBeGreaterThanOrEqual(Date.parse(mail.start) - Number(mail.tags.leadMinutes) * MINUTE);
    }
    for (const mail of sent.filter((one) => one.tags.kind === 'cancellation')) expect(mail.status).toBe('canceled');
    expect(reminders.length).toBeGreaterThan(0);
  }, 300_000);
});
