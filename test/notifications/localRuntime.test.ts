/**
 * Notifications end to end on the local runtime: the API books, the stream poller plans, the local
 * schedule store holds one-time schedules, the scheduler loop fires them through the same target
 * handler as in AWS, and mail arrives at the local SES endpoint (read back through its store API).
 * A fake clock drives the handlers and the scheduler loop.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, type StoredSchedule } from '@casefile/adapters';
import { handler as mailFeedback } from '../../functions/src/events/mailFeedback';
import { createLambdaContext } from '../../hosts/local/src/lambdaContext';
import { outgoingMailFromEnv } from '../../functions/src/ports/outgoingMail';
import { schedulingFromEnv } from '../../functions/src/ports/scheduling';
import { setPorts } from '../../functions/src/ports/setPorts';
import { runtime, setRuntime } from '../../functions/src/runtime';
import type { ApiClient } from '../support/apiClient';
import { startWorld, type World } from '../support/world';

type Mail = { messageId: string; from: string; replyTo?: string[]; destination: { to: string[] }; subject: string; body: { html: string; text: string }; attachments?: { filename: string; contentType: string }[] };
type Appointment = { appointmentId: string; start: string; caseId: string };
type LogEntry = { key: string; outcome: string; reason?: string; describedAppointmentId?: string };

const HOUR = 3_600_000;
const clock = fixedClock(new Date(Math.ceil(Date.now() / HOUR) * HOUR));
const ALL = { client: true, provider: true };

describe('notifications on the local runtime', () => {
  let world: World;
  let desk: ApiClient;
  let owner: ApiClient;
  let clientEmail: string;
  let providerEmail: string;
  let clinical: string[];

  beforeAll(async () => {
    world = await startWorld({ notifications: { now: () => clock.now().getTime() } });
    setRuntime({ ...runtime(), clock });
    setPorts({ outgoingMail: outgoingMailFromEnv(), scheduling: schedulingFromEnv() });
    owner = await world.clinicA.api('owner');
    desk = await world.clinicA.api('front_desk');
    const put = await owner.request('PUT', '/api/notification-settings', {
      notices: { newBooking: ALL, reschedule: ALL, cancellation: { client: true, provider: false }, noShow: { client: true, provider: false } },
      newBookingOffsetMinutes: 2,
      reminders: [{ leadMinutes: 24 * 60 }, { leadMinutes: 120 }],
    });
    expect(put.status).toBe(200);
    const client = await owner.get<{ client: { email: string }; cases: { caseId: string; title?: string }[] }>(`/api/clients/${world.clinicA.ids.clientId}`);
    clientEmail = client.body.client.email;
    const calendar = await owner.get<{ memberId: string }>(`/api/calendars/${world.clinicA.ids.calendarId}`);
    providerEmail = (await owner.get<{ email: string }>(`/api/members/${calendar.body.memberId}`)).body.email;
    const session = await owner.get<{ name: string }>(`/api/sessions/${world.clinicA.ids.sessionId}`);
    clinical = [session.body.name, ...client.body.cases.map((file) => file.title ?? '').filter(Boolean)];
    await settle();
  });
  afterAll(async () => {
    setRuntime(undefined);
    setPorts(undefined);
    await world?.stop();
  });

  async function settle(): Promise<void> {
    for (let round = 0; round < 20; round++) {
      await world.drainStreams();
      const settings = await owner.get<{ replan: { done: boolean } | null }>('/api/notification-settings');
      if (!settings.body.replan || settings.body.replan.done) return;
    }
    throw new Error('re-planning did not finish');
  }

  const mails = async (): Promise<Mail[]> => ((await (await fetch(`${world.notifications!.ses.url}/store`)).json()) as { emails: Mail[] }).emails;
  const schedulesOf = async (appointmentId: string): Promise<StoredSchedule[]> =>
    (await world.notifications!.schedules.listSchedules()).filter((schedule) => schedule.name.includes(appointmentId));
  const log = async (appointmentId: string) => (await desk.get<{ items: LogEntry[] }>(`/api/appointments/${appointmentId}/notifications`)).body.items;

  async function advanceTo(at: number): Promise<void> {
    clock.set(new Date(at));
    await world.notifications!.scheduler.tick();
    await world.drainStreams();
  }

  async function book(hoursAhead: number, notify?: boolean): Promise<Appointment> {
    const { ids } = world.clinicA;
    const response = await desk.post<{ appointment: Appointment }>('/api/appointments', {
      caseId: ids.caseId,
      sessionId: ids.sessionId,
      calendarId: ids.calendarId,
      start: new Date(clock.now().getTime() + hoursAhead * HOUR).toISOString(),
      ...(notify !== undefined ? { notify } : {}),
    });
    expect(response.status).toBe(201);
    await world.drainStreams();
    return response.body.appointment;
  }

  it('sends the delayed new-booking notice, then each reminder once, and logs them on the appointment', async () => {
    const before = (await mails()).length;
    const appointment = await book(72);
    const schedules = await schedulesOf(appointment.appointmentId);
    expect(schedules.map((schedule) => [schedule.name.split('-').at(-1), schedule.at, schedule.timeZone, schedule.target]).sort()).toEqual([
      ['nb', new Date(clock.now().getTime() + 2 * 60_000).toISOString().replace('.000Z', 'Z'), 'America/Toronto', 'sendNotification'],
      ['r0', new Date(Date.parse(appointment.start) - 24 * HOUR).toISOString().replace('.000Z', 'Z'), 'America/Toronto', 'sendNotification'],
      ['r1', new Date(Date.parse(appointment.start) - 2 * HOUR).toISOString().replace('.000Z', 'Z'), 'America/Toronto', 'sendNotification'],
    ].sort());

    await advanceTo(clock.now().getTime() + 3 * 60_000);
    const announced = (await mails()).slice(before);
    expect(announced.map((mail) => mail.destination.to[0]).sort()).toEqual([clientEmail, providerEmail].sort());
    expect(announced.map((mail) => [mail.destination.to[0], mail.subject]).sort()).toEqual(
      [
        [clientEmail, 'Your appointment at Riverside Physio & Rehab'],
        // The provider's copy is written to the provider (issue 16).
        [providerEmail, expect.stringMatching(/^New booking: /)],
      ].sort(),
    );

    const reminderAt = Date.parse(appointment.start) - 24 * HOUR + 60_000;
    const reminder = (await schedulesOf(appointment.appointmentId)).find((schedule) => schedule.name.endsWith('-r0'))!;
    await advanceTo(reminderAt);
    // A duplicate firing of the same schedule, as EventBridge's at-least-once delivery may do.
    await world.notifications!.schedules.upsertOneTimeSchedule(reminder);
    await advanceTo(reminderAt + 1000);

    const sent = (await mails()).slice(before);
    expect(sent.filter((mail) => mail.subject.startsWith('Reminder'))).toHaveLength(1);
    // Mail a clinic would send (issue 16): the confirmations carry the calendar invite, the reminder the visit's
    // address (a staff booking has no manage page to link: the client calls the clinic).
    for (const mail of announced) expect(mail.attachments?.map((file) => [file.filename, file.contentType.split(';')[0]])).toEqual([['appointment.ics', 'text/calendar']]);
    const calendar = (await owner.get<{ locationId: string }>(`/api/calendars/${world.clinicA.ids.calendarId}`)).body;
    const location = (await owner.get<{ address?: { line1: string } }>(`/api/locations/${calendar.locationId}`)).body;
    expect(location.address?.line1).toBeTruthy();
    expect(sent.find((mail) => mail.subject.startsWith('Reminder'))!.body.text).toContain(location.address!.line1);
    for (const mail of sent) for (const word of clinical) expect(`${mail.subject} ${mail.body.text} ${mail.body.html}`).not.toContain(word);
    expect((await log(appointment.appointmentId)).map((entry) => [entry.key, entry.outcome]).sort()).toEqual([
      ['newBooking#client', 'sent'],
      ['newBooking#provider', 'sent'],
      ['reminder#1440#client', 'sent'],
    ]);
    expect((await schedulesOf(appointment.appointmentId)).map((schedule) => schedule.name.split('-').at(-1))).toEqual(['r1']);
  });

  it('turns quick edits at the desk into one message describing the final booking', async () => {
    const before = (await mails()).length;
    const first = await book(50);
    clock.advance(30_000);
    const moved = await desk.post<{ appointment: Appointment }>(`/api/appointments/${first.appointmentId}/move`, { start: new Date(clock.now().getTime() + 51 * HOUR).toISOString() });
    expect(moved.status).toBe(201);
    await world.drainStreams();

    await advanceTo(clock.now().getTime() + 3 * 60_000);
    const sent = (await mails()).slice(before).filter((mail) => mail.destination.to[0] === clientEmail);
    expect(sent.map((mail) => mail.subject)).toEqual([expect.stringMatching(/^Your appointment at/)]);
    expect((await log(first.appointmentId)).map((entry) => entry.describedAppointmentId)).toContain(moved.body.appointment.appointmentId);
    expect(await schedulesOf(first.appointmentId)).toEqual([]);
    expect((await schedulesOf(moved.body.appointment.appointmentId)).map((schedule) => schedule.name.split('-').at(-1)).sort()).toEqual(['r0', 'r1']);
  });

  it('sends the cancellation once and removes the reminders', async () => {
    const appointment = await book(30, false);
    await advanceTo(clock.now().getTime() + 3 * 60_000);
    const before = (await mails()).length;
    const canceled = await desk.post(`/api/appointments/${appointment.appointmentId}/status`, { status: 'canceled', reason: 'Client called' });
    expect(canceled.status).toBe(200);
    await world.drainStreams();

    const sent = (await mails()).slice(before);
    expect(sent.map((mail) => [mail.destination.to[0], mail.subject])).toEqual([[clientEmail, expect.stringContaining('canceled')]]);
    expect(await schedulesOf(appointment.appointmentId)).toEqual([]);
  });

  it('re-plans future appointments when the reminder rules change', async () => {
    const appointment = await book(100);
    const put = await owner.request('PUT', '/api/notification-settings', {
      notices: { newBooking: ALL, reschedule: ALL, cancellation: ALL, noShow: ALL },
      newBookingOffsetMinutes: 2,
      reminders: [{ leadMinutes: 48 * 60 }],
    });
    expect(put.body).toMatchObject({ reminderRevision: 2, replan: { done: false } });
    await settle();

    const schedules = await schedulesOf(appointment.appointmentId);
    expect(schedules.filter((schedule) => /-r\d$/.test(schedule.name)).map((schedule) => [schedule.name.slice(-2), schedule.at])).toEqual([
      ['r0', new Date(Date.parse(appointment.start) - 48 * HOUR).toISOString().replace('.000Z', 'Z')],
    ]);
    expect((await owner.get<{ replan: { done: boolean; planned: number } }>('/api/notification-settings')).body.replan).toMatchObject({ done: true, planned: expect.any(Number) });
    await advanceTo(clock.now().getTime() + 3 * 60_000);
  });

  it('skips a bounced address, and shows the skip on the appointment', async () => {
    // SES configuration-set events reach the function through SNS; a transient bounce suppresses nothing.
    const feedback = (bounceType: string) => ({ eventType: 'Bounce', mail: { tags: { clinicId: [world.clinicA.clinicId] } }, bounce: { bounceType, bouncedRecipients: [{ emailAddress: clientEmail.toUpperCase() }] } });
    const snsEvent = (...messages: unknown[]) => ({ Records: messages.map((message, index) => ({ Sns: { MessageId: `sns-${index}`, Message: JSON.stringify(message) } })) });
    await mailFeedback(snsEvent(feedback('Transient')) as never, createLambdaContext('mailFeedback', 10_000));
    const unsuppressed = await book(39);
    await advanceTo(clock.now().getTime() + 3 * 60_000);
    expect((await log(unsuppressed.appointmentId)).find((entry) => entry.key === 'newBooking#client')).toMatchObject({ outcome: 'sent' });
    await mailFeedback(snsEvent(feedback('Permanent'), feedback('Permanent')) as never, createLambdaContext('mailFeedback', 10_000));
    const before = (await mails()).length;
    const appointment = await book(40);
    await advanceTo(clock.now().getTime() + 3 * 60_000);

    expect((await mails()).slice(before).map((mail) => mail.destination.to[0])).toEqual([providerEmail]);
    expect(await log(appointment.appointmentId)).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: 'newBooking#client', outcome: 'skipped', reason: 'suppressed' })]),
    );
  });
});
