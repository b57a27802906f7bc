/**
 * Nothing dropped silently (issue 13): a notice the mail service refuses is logged as failed at once,
 * retried by the scheduler loop with backoff, and delivered once mail recovers; one that never
 * recovers ends in the scheduler's dead letters, stays "failed" on the appointment's log and in the
 * clinic's failed list, and staff can retry it from there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, type Mailer } from '@casefile/adapters';
import { outgoingMailFromEnv } from '../../functions/src/ports/outgoingMail';
import { setPorts } from '../../functions/src/ports/setPorts';
import { runtime, setRuntime } from '../../functions/src/runtime';
import type { ApiClient } from '../support/apiClient';
import { startWorld, type World } from '../support/world';

type LogEntry = { appointmentId: string; key: string; outcome: string; failure?: string; attempts?: number };

const HOUR = 3_600_000;
const clock = fixedClock(new Date(Math.ceil(Date.now() / HOUR) * HOUR));

describe('notices the mail service refuses', () => {
  let world: World;
  let desk: ApiClient;
  let mailIsDown = false;

  beforeAll(async () => {
    world = await startWorld({ notifications: { now: () => clock.now().getTime() } });
    const mail = outgoingMailFromEnv();
    const flaky: Mailer = {
      send: async (message) => {
        if (mailIsDown) throw Object.assign(new Error('SES is unavailable'), { name: 'ServiceUnavailable' });
        return mail.mailer.send(message);
      },
    };
    setRuntime({ ...runtime(), clock });
    setPorts({ outgoingMail: { ...mail, mailer: flaky } });
    desk = await world.clinicA.api('front_desk');
    const owner = await world.clinicA.api('owner');
    const put = await owner.request('PUT', '/api/notification-settings', {
      notices: { newBooking: { client: true, provider: false }, reschedule: { client: false, provider: false }, cancellation: { client: false, provider: false }, noShow: { client: false, provider: false } },
      newBookingOffsetMinutes: 2,
      reminders: [],
    });
    expect(put.status).toBe(200);
    await world.drainStreams();
  }, 180_000);
  afterAll(async () => {
    setRuntime(undefined);
    setPorts(undefined);
    await world?.stop();
  });

  const log = async (appointmentId: string) => (await desk.get<{ items: LogEntry[] }>(`/api/appointments/${appointmentId}/notifications`)).body.items;
  const failedList = async () => (await desk.get<{ items: LogEntry[] }>('/api/notifications/failed?limit=100')).body.items;

  async function advanceTo(at: number): Promise<void> {
    clock.set(new Date(at));
    await world.notifications!.scheduler.tick();
  }

  async function book(hoursAhead: number): Promise<string> {
    const { ids } = world.clinicA;
    const response = await desk.post<{ appointment: { appointmentId: string } }>('/api/appointments', {
      caseId: ids.caseId,
      sessionId: ids.sessionId,
      calendarId: ids.calendarId,
      start: new Date(clock.now().getTime() + hoursAhead * HOUR).toISOString(),
    });
    expect(response.status).toBe(201);
    await world.drainStreams();
    return response.body.appointment.appointmentId;
  }

  it('logs the failure at once, retries with backoff, and delivers once mail recovers', async () => {
    const appointmentId = await book(72);
    mailIsDown = true;
    await advanceTo(clock.now().getTime() + 3 * 60_000);

    expect(await log(appointmentId)).toEqual([expect.objectContaining({ key: 'newBooking#client', outcome: 'failed', failure: 'ServiceUnavailable', attempts: 1 })]);
    expect((await failedList()).map((entry) => entry.appointmentId)).toContain(appointmentId);

    mailIsDown = false;
    await advanceTo(clock.now().getTime() + 31_000);

    expect(await log(appointmentId)).toEqual([expect.objectContaining({ key: 'newBooking#client', outcome: 'sent' })]);
    expect((await failedList()).map((entry) => entry.appointmentId)).not.toContain(appointmentId);
  });

  it('keeps a notice that never goes out as failed, in the log and the failed list, and lets staff retry it', async () => {
    const appointmentId = await book(72);
    mailIsDown = true;
    const due = clock.now().getTime() + 3 * 60_000;
    for (let hour = 0; hour <= 25; hour++) await advanceTo(due + hour * HOUR);

    expect((await world.notifications!.schedules.listDeadLetters()).map((letter) => letter.name)).toEqual([expect.stringContaining(appointmentId)]);
    const [entry] = await log(appointmentId);
    expect(entry).toMatchObject({ outcome: 'failed', failure: 'ServiceUnavailable' });
    expect(entry!.attempts).toBeGreaterThan(10);
    expect(await failedList()).toContainEqual(expect.objectContaining({ appointmentId, key: 'newBooking#client', outcome: 'failed' }));

    const stillDown = await desk.post('/api/notifications/failed/retry', { appointmentId, key: 'newBooking#client' });
    expect(stillDown.status).toBe(503);
    expect(stillDown.headers.get('content-type')).toBe('application/problem+json');

    mailIsDown = false;
    const retried = await desk.post<LogEntry>('/api/notifications/failed/retry', { appointmentId, key: 'newBooking#client' });
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ outcome: 'sent' });
    expect((await failedList()).map((failed) => failed.appointmentId)).not.toContain(appointmentId);

    const again = await desk.post('/api/notifications/failed/retry', { appointmentId, key: 'newBooking#client' });
    expect(again.status).toBe(404);
  });
});
