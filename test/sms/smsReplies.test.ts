/** SMS replies and opt-outs (SPEC N1-N2) on DynamoDB Local, with the local outbox as the SMS sender. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalSmsOutbox } from '@casefile/adapters/sms/localSmsOutbox';
import { createClinicRepositories } from '@casefile/db';
import { setPorts } from '../../functions/src/ports/setPorts';
import { runtime } from '../../functions/src/runtime';
import { receiveSmsReply, sendClinicSms } from '../../functions/src/usecases/sms/clinicSms';
import type { ApiClient } from '../support/apiClient';
import { startWorld, type World } from '../support/world';

const PHONE = '+14165550142';

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
});
