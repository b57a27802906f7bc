/**
 * The requests notifications make of EventBridge Scheduler and SES v2, checked at the SDK boundary
 * (aws-sdk-client-mock) while the API, the stream consumer and DynamoDB Local are real: schedule
 * names, at() expressions and zones, the full input UpdateSchedule must repeat, target payloads,
 * deletes on cancel, and the mail SES is asked to send.
 */
import { ConflictException, CreateScheduleCommand, type CreateScheduleCommandInput, DeleteScheduleCommand, ResourceNotFoundException, SchedulerClient, UpdateScheduleCommand } from '@aws-sdk/client-scheduler';
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '@casefile/adapters';
import { outgoingMailFromEnv } from '../../functions/src/ports/outgoingMail';
import { schedulingFromEnv } from '../../functions/src/ports/scheduling';
import { setPorts } from '../../functions/src/ports/setPorts';
import { runtime, setRuntime } from '../../functions/src/runtime';
import { handler as sendNotification } from '../../functions/src/scheduled/sendNotification';
import { createLambdaContext } from '../../hosts/local/src/lambdaContext';
import type { ApiClient } from '../support/apiClient';
import { startWorld, type World } from '../support/world';

const ENV = {
  SCHEDULER_ROLE_ARN: 'arn:aws:iam::123456789012:role/casefile-scheduler',
  NOTIFICATION_TARGET_ARN: 'arn:aws:lambda:us-east-1:123456789012:function:casefile-send-notification',
  SCHEDULE_GROUP_NAME: 'casefile-notifications',
  SES_CONFIGURATION_SET: 'casefile-mail',
  MAIL_FROM: 'notifications@riverside.example',
  SCHEDULE_DEAD_LETTER_QUEUE_ARN: 'arn:aws:sqs:us-east-1:123456789012:casefile-schedule-dead-letters',
};
const scheduler = mockClient(SchedulerClient);
const ses = mockClient(SESv2Client);
const clock = fixedClock(new Date('2026-10-29T12:00:00Z'));
// 10:00 on the Sunday clocks fall back in Toronto: 24 real hours before is 11:00 the day before.
const START = '2026-11-01T15:00:00.000Z';

describe('scheduler and SES requests at the SDK boundary', () => {
  let world: World;
  let desk: ApiClient;
  let clientEmail: string;
  let appointmentId: string;

  beforeAll(async () => {
    delete process.env.LOCAL_SCHEDULES_FILE;
    delete process.env.SES_ENDPOINT;
    Object.assign(process.env, ENV);
    world = await startWorld();
    setRuntime({ ...runtime(), clock });
    setPorts({ outgoingMail: outgoingMailFromEnv(), scheduling: schedulingFromEnv() });
    const owner = await world.clinicA.api('owner');
    desk = await world.clinicA.api('front_desk');
    clientEmail = (await owner.get<{ client: { email: string } }>(`/api/clients/${world.clinicA.ids.clientId}`)).body.client.email;
    scheduler.on(CreateScheduleCommand).resolves({ ScheduleArn: 'arn:schedule' });
    ses.on(SendEmailCommand).resolves({ MessageId: 'ses-message-1' });
    await owner.request('PUT', '/api/notification-settings', {
      notices: { newBooking: { client: true, provider: false }, reschedule: { client: true, provider: false }, cancellation: { client: true, provider: false }, noShow: { client: false, provider: false } },
      newBookingOffsetMinutes: 2,
      reminders: [{ leadMinutes: 24 * 60 }],
    });
    for (let round = 0; round < 10; round++) await world.drainStreams();
  });
  beforeEach(() => {
    scheduler.resetHistory();
    ses.resetHistory();
  });
  afterAll(async () => {
    setRuntime(undefined);
    setPorts(undefined);
    scheduler.restore();
    ses.restore();
    await world?.stop();
  });

  const createsFor = (id: string) =>
    scheduler.commandCalls(CreateScheduleCommand).map((call) => call.args[0].input).filter((input) => input.Name?.includes(id));
  const fire = (input: CreateScheduleCommandInput) => sendNotification(JSON.parse(input.Target!.Input!), createLambdaContext('sendNotification', 10_000));

  it('creates one-time schedules in the location zone, deleted after completion, with the delivery payload', async () => {
    const { ids, clinicId } = world.clinicA;
    const booked = await desk.post<{ appointment: { appointmentId: string } }>('/api/appointments', { caseId: ids.caseId, sessionId: ids.sessionId, calendarId: ids.calendarId, start: START });
    appointmentId = booked.body.appointment.appointmentId;
    await world.drainStreams();

    const common = {
      GroupName: ENV.SCHEDULE_GROUP_NAME,
      FlexibleTimeWindow: { Mode: 'OFF' },
      ActionAfterCompletion: 'DELETE',
      State: 'ENABLED',
      // Retried for up to 24 h (EventBridge's maxima), then kept in the dead-letter queue rather than dropped.
      Target: expect.objectContaining({
        Arn: ENV.NOTIFICATION_TARGET_ARN,
        RoleArn: ENV.SCHEDULER_ROLE_ARN,
        RetryPolicy: { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 86_400 },
        DeadLetterConfig: { Arn: ENV.SCHEDULE_DEAD_LETTER_QUEUE_ARN },
      }),
    };
    const creates = createsFor(appointmentId).sort((a, b) => a.Name!.localeCompare(b.Name!));
    expect(creates).toEqual([
      expect.objectContaining({ ...common, Name: `${clinicId}-${appointmentId}-nb`, ScheduleExpression: 'at(2026-10-29T08:02:00)', ScheduleExpressionTimezone: 'America/Toronto' }),
      expect.objectContaining({ ...common, Name: `${clinicId}-${appointmentId}-r0`, ScheduleExpression: 'at(2026-10-31T11:00:00)', ScheduleExpressionTimezone: 'America/Toronto' }),
    ]);
    expect(JSON.parse(creates[0]!.Target!.Input!)).toEqual({ kind: 'newBooking', clinicId, appointmentId });
    expect(JSON.parse(creates[1]!.Target!.Input!)).toEqual({ kind: 'reminder', clinicId, appointmentId, slot: 0, leadMinutes: 1440, start: START, version: 1 });
    expect(creates.every((input) => input.Name!.length <= 64)).toBe(true);
  });

  it('sends through SES v2 with the configuration set once, however often the schedule fires', async () => {
    scheduler.on(CreateScheduleCommand).resolves({ ScheduleArn: 'arn:schedule' });
    const booked = await desk.post<{ appointment: { appointmentId: string } }>('/api/appointments', {
      caseId: world.clinicA.ids.caseId, sessionId: world.clinicA.ids.sessionId, calendarId: world.clinicA.ids.calendarId, start: '2026-11-03T15:00:00.000Z',
    });
    await world.drainStreams();
    const reminder = createsFor(booked.body.appointment.appointmentId).find((input) => input.Name!.endsWith('-r0'))!;

    clock.set(new Date('2026-11-02T15:00:00Z'));
    await fire(reminder);
    await fire(reminder);
    clock.set(new Date('2026-10-29T12:00:00Z'));

    const sends = ses.commandCalls(SendEmailCommand).map((call) => call.args[0].input);
    expect(sends).toHaveLength(1);
    expect(sends[0]).toMatchObject({
      FromEmailAddress: ENV.MAIL_FROM,
      Destination: { ToAddresses: [clientEmail] },
      ConfigurationSetName: ENV.SES_CONFIGURATION_SET,
      EmailTags: expect.arrayContaining([{ Name: 'clinicId', Value: world.clinicA.clinicId }, { Name: 'kind', Value: 'reminder' }]),
      Content: { Simple: { Subject: { Data: expect.stringMatching(/^Reminder/) } } },
    });
    expect(sends[0]!.Content!.Simple!.Body!.Text!.Data).toContain('10:00');
  });

  it('replaces the whole schedule on a change (create conflicts, update repeats every field)', async () => {
    scheduler.on(CreateScheduleCommand).rejects(new ConflictException({ message: 'exists', Message: 'exists', $metadata: {} }));
    scheduler.on(UpdateScheduleCommand).resolves({ ScheduleArn: 'arn:schedule' });
    expect((await desk.post(`/api/appointments/${appointmentId}/status`, { status: 'confirmed' })).status).toBe(200);
    await world.drainStreams();

    const updates = scheduler.commandCalls(UpdateScheduleCommand).map((call) => call.args[0].input).filter((input) => input.Name?.includes(appointmentId));
    expect(updates).toEqual([
      expect.objectContaining({ Name: `${world.clinicA.clinicId}-${appointmentId}-r0`, ScheduleExpression: 'at(2026-10-31T11:00:00)', ScheduleExpressionTimezone: 'America/Toronto', ActionAfterCompletion: 'DELETE', FlexibleTimeWindow: { Mode: 'OFF' } }),
    ]);
    expect(JSON.parse(updates[0]!.Target!.Input!)).toMatchObject({ version: 2 });
    scheduler.on(CreateScheduleCommand).resolves({ ScheduleArn: 'arn:schedule' });
  });

  it('deletes the schedules on cancel, and a stale firing sends nothing', async () => {
    scheduler.on(DeleteScheduleCommand).rejects(new ResourceNotFoundException({ message: 'gone', Message: 'gone', $metadata: {} }));
    const staleReminder = { kind: 'reminder', clinicId: world.clinicA.clinicId, appointmentId, slot: 0, leadMinutes: 1440, start: START, version: 2 };
    clock.set(new Date('2026-10-29T12:05:00Z'));
    expect((await desk.post(`/api/appointments/${appointmentId}/status`, { status: 'canceled', reason: 'Client called' })).status).toBe(200);
    await world.drainStreams();

    expect(scheduler.commandCalls(DeleteScheduleCommand).map((call) => call.args[0].input).filter((input) => input.Name?.includes(appointmentId))).toEqual([
      { Name: `${world.clinicA.clinicId}-${appointmentId}-r0`, GroupName: ENV.SCHEDULE_GROUP_NAME },
    ]);
    const cancellation = ses.commandCalls(SendEmailCommand).map((call) => call.args[0].input);
    expect(cancellation.map((input) => input.Content!.Simple!.Subject!.Data)).toEqual([expect.stringContaining('canceled')]);

    clock.set(new Date('2026-10-31T15:00:00Z'));
    await sendNotification(staleReminder, createLambdaContext('sendNotification', 10_000));
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(1);
  });
});
