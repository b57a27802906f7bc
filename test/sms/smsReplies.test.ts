/** SMS replies and opt-outs (SPEC N1-N2) on DynamoDB Local, with the local outbox as the SMS sender. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PinpointSMSVoiceV2Client, SendTextMessageCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import type { SNSEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalSmsOutbox } from '@casefile/adapters/sms/localSmsOutbox';
import { createClinicRepositories } from '@casefile/db';
import { setPorts } from '../../functions/src/ports/setPorts';
import { runtime } from '../../functions/src/runtime';
import { receiveSmsReply, sendClinicSms } from '../../functions/src/usecases/sms/clinicSms';
import { handler as smsReplies } from '../../functions/src/events/smsReplies';
import { outgoingSmsFromEnv } from '../../functions/src/ports/outgoingSms';
import { createLambdaContext } from '../../hosts/local/src/lambdaContext';
import type { ApiClient } from '../support/apiClient';
import { startWorld, type World } from '../support/world';

const PHONE = '+14165550142';
const HANDLER_PHONE = '+14165550143';
const endUserMessaging = mockClient(PinpointSMSVoiceV2Client);

/** What the two-way number's SNS destination delivers: one record per inbound text, its JSON as the message. */
function snsEvent(...messages: string[]): SNSEvent {
  return {
    Records: messages.map((message, index) => ({
      EventSource: 'aws:sns',
      EventVersion: '1.0',
      EventSubscriptionArn: 'arn:aws:sns:us-east-1:123456789012:casefile-sms-replies:sub',
      Sns: { Type: 'Notification', MessageId: `sns-${index}`, TopicArn: 'arn:aws:sns:us-east-1:123456789012:casefile-sms-replies', Subject: '', Message: message, Timestamp: new Date().toISOString(), SignatureVersion: '1', Signature: '', SigningCertUrl: '', UnsubscribeUrl: '', MessageAttributes: {} },
    })),
  };
}
const inbound = (from: string, body: string, id: string) => JSON.stringify({ originationNumber: from, destinationNumber: '+18005550100', messageBody: body, inboundMessageId: id, messageKeyword: 'KEYWORD_ACCOUNT', previousPublishedMessageId: 'prev' });

describe('SMS replies (N1-N2)', () => {
  let world: World;
  let desk: ApiClient;
  let folder: string;
  let outbox: LocalSmsOutbox;
  let caseId: string;
  const repos = () => createClinicRepositories({ service: runtime().service, clinicId: world.clinicA.clinicId, actor: 'test', now: () => new Date(), newId: runtime().newId });

  beforeAll(async () => {
    world = await startWorld();
    desk = await world.clinicA.api('front_desk');
    folder = await mkdtemp(join(tmpdir(), 'casefile-sms-'));
    outbox = new LocalSmsOutbox(join(folder, 'sms.json'));
    setPorts({ outgoingSms: { sender: outbox } });
    const client = await desk.post<{ clientId: string }>('/api/clients', { firstName: 'Texting', lastName: 'Client', mobilePhone: '+1 416 555 0142' });
    const caseFile = await desk.post<{ caseId: string }>(`/api/clients/${client.body.clientId}/cases`, { caseType: 'private', intakeDate: '2026-11-01' });
    caseId = caseFile.body.caseId;
  }, 400_000);
  afterAll(async () => {
    setPorts(undefined);
    await world?.stop();
    await rm(folder, { recursive: true, force: true });
  });

  it('confirms the next booked visit on "C", and makes "X" a task for the front desk', async () => {
    const { sessionId, calendarId } = world.clinicA.ids;
    const booked = await desk.post<{ appointment: { appointmentId: string } }>('/api/appointments', { caseId, sessionId, calendarId, start: new Date(Date.now() + 45 * 86_400_000).toISOString() });
    expect(booked.status).toBe(201);
    const appointmentId = booked.body.appointment.appointmentId;

    expect(await receiveSmsReply(repos(), runtime(), { from: PHONE, text: 'c', messageId: 'in-1' })).toBe('confirmed');
    expect((await desk.get<{ status: string }>(`/api/appointments/${appointmentId}`)).body.status).toBe('confirmed');

    expect(await receiveSmsReply(repos(), runtime(), { from: PHONE, text: 'X', messageId: 'in-2' })).toBe('task');
    expect(await receiveSmsReply(repos(), runtime(), { from: PHONE, text: 'X', messageId: 'in-2' })).toBe('task');
    const tasks = await desk.get<{ items: { source: string; appointmentId?: string }[] }>('/api/tasks');
    expect(tasks.body.items.filter((task) => task.source === 'sms_reply')).toEqual([expect.objectContaining({ appointmentId })]);
    expect((await desk.get<{ status: string }>(`/api/appointments/${appointmentId}`)).body.status).toBe('confirmed');
  }, 120_000);

  it('sends nothing more to a number that replied STOP to this clinic, until START', async () => {
    expect(await sendClinicSms(repos(), { to: PHONE, body: 'Reminder: your visit tomorrow.', tags: {} })).toMatchObject({ outcome: 'sent' });
    expect(await receiveSmsReply(repos(), runtime(), { from: PHONE, text: 'STOP', messageId: 'in-3' })).toBe('opted_out');
    expect(await sendClinicSms(repos(), { to: PHONE, body: 'Reminder: your visit tomorrow.', tags: {} })).toEqual({ outcome: 'opted_out' });
    const otherClinic = createClinicRepositories({ service: runtime().service, clinicId: world.clinicB.clinicId, actor: 'test', now: () => new Date(), newId: runtime().newId });
    expect(await sendClinicSms(otherClinic, { to: PHONE, body: 'From another clinic.', tags: {} })).toMatchObject({ outcome: 'sent' });
    expect((await outbox.list()).map((message) => message.body)).toEqual(['Reminder: your visit tomorrow.', 'From another clinic.']);
    expect(await receiveSmsReply(repos(), runtime(), { from: PHONE, text: 'START', messageId: 'in-4' })).toBe('opted_in');
    expect(await sendClinicSms(repos(), { to: PHONE, body: 'Welcome back.', tags: {} })).toMatchObject({ outcome: 'sent' });
  }, 120_000);

  it('runs the SNS reply function itself: "C" confirms, "STOP" stops texts through End User Messaging, unknown numbers and malformed messages change nothing', async () => {
    endUserMessaging.reset();
    endUserMessaging.on(SendTextMessageCommand).resolves({ MessageId: 'aws-text-1' });
    setPorts({ outgoingSms: outgoingSmsFromEnv({ SMS_ORIGINATION_IDENTITY: '+18005550100', AWS_REGION: 'us-east-1' }) });
    try {
      const client = await desk.post<{ clientId: string }>('/api/clients', { firstName: 'Handler', lastName: 'Client', mobilePhone: '+1 416 555 0143' });
      const caseFile = await desk.post<{ caseId: string }>(`/api/clients/${client.body.clientId}/cases`, { caseType: 'private', intakeDate: '2026-11-01' });
      const { sessionId, calendarId } = world.clinicA.ids;
      const booked = await desk.post<{ appointment: { appointmentId: string } }>('/api/appointments', { caseId: caseFile.body.caseId, sessionId, calendarId, start: new Date(Date.now() + 46 * 86_400_000).toISOString() });
      expect(booked.status).toBe(201);
      const appointmentId = booked.body.appointment.appointmentId;
      // The clinic texts the number first (so a reply from it finds this clinic), through the mocked SDK.
      expect(await sendClinicSms(repos(), { to: HANDLER_PHONE, body: 'Reminder: your visit soon.', tags: {} })).toEqual({ outcome: 'sent', messageId: 'aws-text-1' });
      expect(endUserMessaging.commandCalls(SendTextMessageCommand).map((call) => call.args[0].input)).toEqual([
        expect.objectContaining({ DestinationPhoneNumber: HANDLER_PHONE, OriginationIdentity: '+18005550100', MessageType: 'TRANSACTIONAL', Context: expect.objectContaining({ clinicId: world.clinicA.clinicId }) }),
      ]);
      const context = createLambdaContext('smsReplies', 10_000);
      const tasksBefore = (await desk.get<{ items: unknown[] }>('/api/tasks')).body.items.length;

      await expect(smsReplies(snsEvent('not json at all', 'null', '[1,2]', JSON.stringify({ originationNumber: 42 })), context)).resolves.toBeUndefined();
      await smsReplies(snsEvent(inbound('+14165559999', 'C', 'handler-unknown')), context);
      expect((await desk.get<{ status: string }>(`/api/appointments/${appointmentId}`)).body.status).toBe('booked');

      await smsReplies(snsEvent(inbound(HANDLER_PHONE, ' c ', 'handler-1')), context);
      expect((await desk.get<{ status: string }>(`/api/appointments/${appointmentId}`)).body.status).toBe('confirmed');

      await smsReplies(snsEvent(inbound(HANDLER_PHONE, 'STOP', 'handler-2')), context);
      expect(await sendClinicSms(repos(), { to: HANDLER_PHONE, body: 'Reminder: your visit soon.', tags: {} })).toEqual({ outcome: 'opted_out' });
      expect(endUserMessaging.commandCalls(SendTextMessageCommand)).toHaveLength(1);
      expect((await desk.get<{ items: unknown[] }>('/api/tasks')).body.items).toHaveLength(tasksBefore);
    } finally {
      setPorts({ outgoingSms: { sender: outbox } });
    }
  }, 120_000);
});
