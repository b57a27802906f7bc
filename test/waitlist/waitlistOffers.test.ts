/**
 * Waitlist offers end to end (SPEC A9) on DynamoDB Local through the real API, stream poller and
 * waitlist consumer; the scheduler is kept in memory so the test fires expiries itself, and the
 * mailer records each offer's link. Each test uses its own date, and its entries are limited to it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { isActiveStatus, smsLength, type AppointmentStatus } from '@casefile/core';
import { createClinicRepositories, createDocumentClient, createService } from '@casefile/db';
import { runtime } from '../../functions/src/runtime';
import { receiveSmsReply } from '../../functions/src/usecases/sms/clinicSms';
import { handler as expireWaitlistOffer } from '../../functions/src/scheduled/expireWaitlistOffer';
import { handler as waitlistConsumer } from '../../functions/src/streams/waitlist';
import { handler as fireRecall } from '../../functions/src/scheduled/fireRecall';
import { createLambdaContext } from '../../hosts/local/src/lambdaContext';
import { dynamoEndpoint } from '../setup/fileDynamo';
import { MINUTE, startWaitlistWorld, type WaitlistWorld } from './waitlistWorld';

const TUESDAY = 2;

describe('waitlist offers (A9)', () => {
  let w: WaitlistWorld;

  beforeAll(async () => {
    w = await startWaitlistWorld();
    for (const date of ['2027-03-09', '2027-03-16', '2027-03-23', '2027-03-30', '2027-04-06']) await w.addShift(date);
    await w.world.drainStreams();
  }, 400_000);
  afterAll(async () => {
    delete process.env.WAITLIST_OFFER_BATCH_SIZE;
    await w?.stop();
  });

  /** Entries for `count` new clients limited to `date`, Tuesday mornings; priority follows the order. */
  async function waitingClients(date: string, count: number, phones?: readonly string[]) {
    const clients = [];
    for (let index = 0; index < count; index++) {
      const client = await w.newClient(`Waiting${index}`, phones ? { mobilePhone: phones[index]! } : undefined);
      const entry = await w.desk.post<{ entryId: string }>('/api/waitlist', {
        caseId: client.caseId,
        sessionId: w.session.sessionId,
        windows: [{ days: [TUESDAY], start: '09:00', end: '12:00' }],
        earliestDate: date,
        latestDate: date,
        priority: Math.min(5, index + 1),
      });
      expect(entry.status).toBe(201);
      clients.push({ ...client, entryId: entry.body.entryId });
    }
    return clients;
  }

  /** Books someone else at 10:00 on `date`, then cancels it: the opening the waitlist is offered. */
  async function openTenOClock(date: string): Promise<string> {
    const other = await w.newClient('Canceling');
    const booked = await w.desk.post<{ appointment: { appointmentId: string } }>('/api/appointments', { caseId: other.caseId, sessionId: w.session.sessionId, calendarId: w.calendar.calendarId, start: w.local(date, '10:00'), mode: 'no_overlap' });
    expect(booked.status).toBe(201);
    await w.world.drainStreams();
    const appointmentId = booked.body.appointment.appointmentId;
    expect((await w.desk.post(`/api/appointments/${appointmentId}/status`, { status: 'canceled', reason: 'Waitlist test' })).status).toBe(200);
    await w.world.drainStreams();
    return appointmentId;
  }

  const offersTo = (emails: readonly string[]) => w.offers.filter((offer) => emails.includes(offer.to));
  const accept = (token: string) => w.world.anonymous.post<{ outcome: string }>('/api/public/waitlist-offers/accept', { token });

  it('books exactly one of five who accept at once; the other four are told it is taken', async () => {
    process.env.WAITLIST_OFFER_BATCH_SIZE = '5';
    const date = '2027-03-09';
    const clients = await waitingClients(date, 5);
    await openTenOClock(date);
    const sent = offersTo(clients.map((client) => client.email));
    expect(sent.map((offer) => offer.to).sort()).toEqual(clients.map((client) => client.email).sort());

    const answers = await Promise.all(sent.map((offer) => accept(offer.token)));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    const outcomes = answers.map((answer) => answer.body.outcome).sort();
    expect(outcomes).toEqual(['booked', 'taken', 'taken', 'taken', 'taken']);
    await w.world.drainStreams();

    // The guard's verifier: no two active no-overlap visits overlap on the calendar, and the one at 10:00 is the winner's.
    const service = createService(createDocumentClient(await dynamoEndpoint()), w.world.tableName);
    const clinicId = w.world.clinicA.clinicId;
    const placed = await service.entities.occupancy.query.primary({ clinicId, calendarId: w.calendar.calendarId }).go({ pages: 'all' });
    const stored = (await service.entities.appointment.get(placed.data.map(({ appointmentId }) => ({ clinicId, appointmentId }))).go({ consistent: true })).data.filter((item) => item !== null);
    const active = stored.filter((item) => isActiveStatus(item.status as AppointmentStatus)).sort((a, b) => a.start.localeCompare(b.start));
    for (let index = 1; index < active.length; index++) expect(Date.parse(active[index]!.start)).toBeGreaterThanOrEqual(Date.parse(active[index - 1]!.end));
    const atTen = active.filter((item) => Date.parse(item.start) === Date.parse(w.local(date, '10:00')));
    expect(atTen).toHaveLength(1);
    const winner = clients.find((client) => client.caseId === atTen[0]!.caseId);
    expect(winner).toBeDefined();
    // The winner's entry is booked; a repeated acceptance answers the same.
    const entries = await w.desk.get<{ items: { entryId: string; status: string }[] }>(`/api/waitlist?clientId=${winner!.clientId}`);
    expect(entries.body.items.map((entry) => entry.status)).toEqual(['booked']);
    const again = await accept(sent.find((offer) => offer.to === winner!.email)!.token);
    expect(again.body.outcome).toBe('booked');
  }, 120_000);

  it('offers the next person when an offer expires unanswered', async () => {
    process.env.WAITLIST_OFFER_BATCH_SIZE = '1';
    const date = '2027-03-16';
    const [first, second] = await waitingClients(date, 2);
    await openTenOClock(date);
    expect(offersTo([first!.email, second!.email]).map((offer) => offer.to)).toEqual([first!.email]);
    const expiry = [...w.scheduler.schedules.values()].find((schedule) => (schedule.payload as { entryId: string }).entryId === first!.entryId)!;
    expect(expiry).toBeDefined();

    // Firing early changes nothing; at the expiry it cascades to the next person, once.
    expect(await expireWaitlistOffer(expiry.payload, createLambdaContext('expireWaitlistOffer', 10_000))).toBe('unchanged');
    w.clock.set(new Date(Date.parse(expiry.at) + MINUTE));
    expect(await expireWaitlistOffer(expiry.payload, createLambdaContext('expireWaitlistOffer', 10_000))).toBe('expired');
    expect(await expireWaitlistOffer(expiry.payload, createLambdaContext('expireWaitlistOffer', 10_000))).toBe('unchanged');
    expect(offersTo([first!.email, second!.email]).map((offer) => offer.to)).toEqual([first!.email, second!.email]);
    const history = await w.desk.get<{ items: { status: string }[] }>(`/api/waitlist/${first!.entryId}/offers`);
    expect(history.body.items.map((offer) => offer.status)).toEqual(['expired']);
    // The first link no longer books; the second does.
    expect((await accept(offersTo([first!.email])[0]!.token)).status).toBe(404);
    expect((await accept(offersTo([second!.email])[0]!.token)).body.outcome).toBe('booked');
  }, 120_000);

  it('withdraws the offers of an opening staff take again, and sends nothing more for it', async () => {
    process.env.WAITLIST_OFFER_BATCH_SIZE = '1';
    const date = '2027-03-23';
    const [first, second] = await waitingClients(date, 2);
    await openTenOClock(date);
    const [offer] = offersTo([first!.email, second!.email]);
    expect(offer?.to).toBe(first!.email);
    const expiry = [...w.scheduler.schedules.values()].find((schedule) => (schedule.payload as { entryId: string }).entryId === first!.entryId)!;

    const staff = await w.newClient('Staff');
    expect((await w.desk.post('/api/appointments', { caseId: staff.caseId, sessionId: w.session.sessionId, calendarId: w.calendar.calendarId, start: w.local(date, '10:00') })).status).toBe(201);
    await w.world.drainStreams();

    expect(w.scheduler.schedules.has(expiry.name)).toBe(false);
    const history = await w.desk.get<{ items: { status: string }[] }>(`/api/waitlist/${first!.entryId}/offers`);
    expect(history.body.items.map((item) => item.status)).toEqual(['withdrawn']);
    expect((await accept(offer!.token)).body.outcome).toBe('taken');
    w.clock.set(new Date(Date.parse(expiry.at) + MINUTE));
    expect(await expireWaitlistOffer(expiry.payload, createLambdaContext('expireWaitlistOffer', 10_000))).toBe('unchanged');
    expect(offersTo([first!.email, second!.email])).toHaveLength(1);
  }, 120_000);

  it('answers a manual offer whose mail fails with 503 send_failed and leaves nothing offered; the retry sends it', async () => {
    const date = '2027-06-01';
    await w.addShift(date);
    // The new shift is itself an opening: offered (to nobody yet) before the entry exists.
    await w.world.drainStreams();
    const [client] = await waitingClients(date, 1);
    // Staff may offer outside the entry's windows: 14:00 on a Tuesday it asked mornings of.
    const request = { entryId: client!.entryId, calendarId: w.calendar.calendarId, start: w.local(date, '14:00') };
    const schedulesBefore = w.scheduler.schedules.size;
    w.onOffer = async () => {
      throw Object.assign(new Error('Mail service unavailable'), { name: 'ServiceUnavailable' });
    };
    const failed = await w.desk.post<{ type: string; detail: string }>('/api/waitlist/offers', request).finally(() => {
      w.onOffer = undefined;
    });
    expect(failed.status).toBe(503);
    expect(failed.headers.get('content-type')).toContain('application/problem+json');
    expect(failed.body.type).toBe('urn:casefile:problem:send_failed');
    expect(failed.body.detail).toContain('nothing was offered');
    expect((await w.desk.get<{ items: unknown[] }>(`/api/waitlist/${client!.entryId}/offers`)).body.items).toEqual([]);
    expect(w.scheduler.schedules.size).toBe(schedulesBefore);
    expect(offersTo([client!.email])).toHaveLength(0);

    const sent = await w.desk.post<{ status: string; start: string }>('/api/waitlist/offers', request);
    expect(sent.status).toBe(201);
    expect(sent.body.status).toBe('offered');
    expect(Date.parse(sent.body.start)).toBe(Date.parse(request.start));
    expect(offersTo([client!.email])).toHaveLength(1);
    expect(w.scheduler.schedules.size).toBe(schedulesBefore + 1);
  }, 120_000);

  it('sends no second offer for a redelivered stream record', async () => {
    process.env.WAITLIST_OFFER_BATCH_SIZE = '2';
    const date = '2027-03-30';
    const clients = await waitingClients(date, 2);
    const appointmentId = await openTenOClock(date);
    const emails = clients.map((client) => client.email);
    expect(offersTo(emails)).toHaveLength(2);

    const service = createService(createDocumentClient(await dynamoEndpoint()), w.world.tableName);
    // `data: 'raw'` answers DynamoDB's own GetItem output (keys and entity markers included), which ElectroDB still types as the parsed item.
    const raw = (await service.entities.appointment.get({ clinicId: w.world.clinicA.clinicId, appointmentId }).go({ data: 'raw' })).data as unknown as { Item: Record<string, unknown> };
    const canceled = raw.Item;
    const booked: Record<string, unknown> = { ...canceled, status: 'booked', version: (canceled.version as number) - 1 };
    delete booked.cancellation;
    const record = { eventName: 'MODIFY', eventID: 'redelivered', dynamodb: { SequenceNumber: '1', OldImage: marshall(booked, { removeUndefinedValues: true }), NewImage: marshall(canceled, { removeUndefinedValues: true }) } } as DynamoDBRecord;
    const result = await waitlistConsumer({ Records: [record, record] }, createLambdaContext('waitlist', 10_000));
    expect(result.batchItemFailures).toEqual([]);
    expect(offersTo(emails)).toHaveLength(2);
  }, 120_000);

  it('texts the offer to a client who prefers SMS, short and unclinical, and passes over a number that replied STOP', async () => {
    process.env.WAITLIST_OFFER_BATCH_SIZE = '1';
    const date = '2027-04-06';
    const phones = ['+14165550161', '+14165550162'];
    const [stopped, texting] = await waitingClients(date, 2, phones);
    const repos = createClinicRepositories({ service: runtime().service, clinicId: w.world.clinicA.clinicId, actor: 'test', now: () => w.clock.now(), newId: runtime().newId });
    expect(await receiveSmsReply(repos, runtime(), { from: phones[0]!, text: 'STOP', messageId: 'stop-1' })).toBe('opted_out');
    await openTenOClock(date);

    const texts = w.texts.filter((text) => phones.includes(text.to));
    expect(texts.map((text) => text.to)).toEqual([phones[1]]);
    expect(smsLength(texts[0]!.body).segments).toBeLessThanOrEqual(2);
    expect(texts[0]!.body).not.toContain(w.session.name);
    expect((await w.desk.get<{ items: { status: string }[] }>(`/api/waitlist/${stopped!.entryId}/offers`)).body.items.map((offer) => offer.status)).toEqual(['expired']);
    expect((await accept(texts[0]!.token)).body.outcome).toBe('booked');
    expect((await w.desk.get<{ items: { status: string }[] }>(`/api/waitlist?clientId=${texting!.clientId}`)).body.items.map((entry) => entry.status)).toEqual(['booked']);
  }, 120_000);

  // Recalls ride on this world for its in-memory scheduler, recording mailer and clock; it runs last, as it moves the clock weeks on.
  it('recalls a client six weeks after the last visit once, satisfies a recall by a booking, respects STOP, and raises one task on no response', async () => {
    const rules = await w.owner.request('PUT', '/api/recall-rules', { rules: [{ ruleId: 'six-weeks', name: 'Six weeks after treatment', sessionId: w.session.sessionId, interval: { count: 6, unit: 'weeks' }, anchor: 'last_visit', channels: { email: true, sms: true }, noResponseDays: 7 }] });
    expect(rules.status).toBe(200);
    const date = '2027-04-13';
    await w.addShift(date);
    const phone = '+14165550171';
    const mailed = await w.newClient('Recalled');
    const stopped = await w.newClient('Stopped', { mobilePhone: phone });
    const rebooking = await w.newClient('Rebooking');
    const repos = createClinicRepositories({ service: runtime().service, clinicId: w.world.clinicA.clinicId, actor: 'test', now: () => w.clock.now(), newId: runtime().newId });
    expect(await receiveSmsReply(repos, runtime(), { from: phone, text: 'STOP', messageId: 'stop-recall' })).toBe('opted_out');
    const visits = [];
    for (const [index, client] of [mailed, stopped, rebooking].entries()) {
      const booked = await w.desk.post<{ appointment: { appointmentId: string } }>('/api/appointments', { caseId: client.caseId, sessionId: w.session.sessionId, calendarId: w.calendar.calendarId, start: w.local(date, `1${index}:00`), mode: 'no_overlap' });
      expect(booked.status).toBe(201);
      visits.push(booked.body.appointment.appointmentId);
    }
    w.clock.set(new Date(w.local(date, '16:00')));
    for (const appointmentId of visits) expect((await w.desk.post(`/api/appointments/${appointmentId}/status`, { status: 'arrived' })).status).toBe(200);
    await w.world.drainStreams();

    type RecallBody = { recallId: string; caseId: string; status: string; dueAt: string; dismissed: boolean };
    const recallsOf = async (query: string) => (await w.desk.get<{ items: RecallBody[] }>(`/api/recalls${query}`)).body.items;
    const ours = (items: RecallBody[]) => Object.fromEntries(items.filter((item) => [mailed, stopped, rebooking].some((client) => client.caseId === item.caseId)).map((item) => [item.caseId, item]));
    const upcoming = ours(await recallsOf('?status=upcoming'));
    expect(Object.keys(upcoming)).toHaveLength(3);
    expect(upcoming[mailed.caseId]!.dueAt).toBe(new Date(Date.parse(w.local(date, '10:00')) + 42 * 86_400_000).toISOString());

    // A visit booked before the recall is due satisfies it.
    await w.addShift('2027-05-25');
    const followUp = await w.desk.post('/api/appointments', { caseId: rebooking.caseId, sessionId: w.session.sessionId, calendarId: w.calendar.calendarId, start: w.local('2027-05-25', '10:00'), mode: 'no_overlap' });
    expect(followUp.status).toBe(201);
    await w.world.drainStreams();
    expect(ours(await recallsOf('?status=satisfied'))[rebooking.caseId]).toBeDefined();

    const fire = async (recallId: string, step: 'due' | 'noResponse') => {
      const schedule = [...w.scheduler.schedules.values()].find((candidate) => (candidate.payload as { recallId?: string; step?: string }).recallId === recallId && (candidate.payload as { step: string }).step === step);
      expect(schedule?.target).toBe('fireRecall');
      return fireRecall(schedule!.payload, createLambdaContext('fireRecall', 10_000));
    };
    expect(await fire(upcoming[mailed.caseId]!.recallId, 'due')).toBe('unchanged'); // not due yet
    w.clock.set(new Date(Date.parse(w.local(date, '16:00')) + 42 * 86_400_000));
    expect(await fire(upcoming[mailed.caseId]!.recallId, 'due')).toBe('sent');
    expect(await fire(upcoming[mailed.caseId]!.recallId, 'due')).toBe('unchanged');
    expect(await fire(upcoming[stopped.caseId]!.recallId, 'due')).toBe('due');
    expect(await fire(upcoming[rebooking.caseId]!.recallId, 'due')).toBe('unchanged');
    const recallMails = w.mails.filter((mail) => mail.tags.kind === 'recall');
    expect(recallMails.map((mail) => mail.to)).toEqual([mailed.email]);
    expect(recallMails[0]!.text).not.toContain(w.session.name);
    expect(w.texts.filter((text) => text.to === phone)).toEqual([]);
    expect(Object.keys(ours(await recallsOf('?status=sent')))).toEqual([mailed.caseId]);

    w.clock.advance(7 * 86_400_000 + MINUTE);
    expect(await fire(upcoming[mailed.caseId]!.recallId, 'noResponse')).toBe('task');
    expect(await fire(upcoming[mailed.caseId]!.recallId, 'noResponse')).toBe('unchanged');
    const tasks = await w.desk.get<{ items: { source: string; caseId?: string }[] }>('/api/tasks');
    expect(tasks.body.items.filter((task) => task.source === 'recall_no_response' && task.caseId === mailed.caseId)).toHaveLength(1);

    const dismissed = await w.desk.post<RecallBody>(`/api/recalls/${upcoming[stopped.caseId]!.recallId}/dismiss`);
    expect(dismissed.status, JSON.stringify(dismissed.body)).toBe(200);
    expect(dismissed.body.dismissed).toBe(true);
    expect(ours(await recallsOf('?status=due'))[stopped.caseId]).toBeUndefined();
    expect(ours(await recallsOf('?status=due&dismissed=true'))[stopped.caseId]).toBeDefined();
    expect(await fire(upcoming[stopped.caseId]!.recallId, 'noResponse')).toBe('unchanged');
  }, 180_000);
});
