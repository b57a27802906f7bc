/**
 * `npx tsx test/bench/waitlistOffers.ts` (or `npm run bench:waitlist`): the waitlist (SPEC A9, issue 18)
 * through the local runtime: the gateway, the stream poller (50 ms, as in the test runtime), the real
 * waitlist consumer, the local schedule store with its scheduler loop (ticking every second, as under
 * `npm start`) and the local SES endpoint.
 *
 * 1. Latency: for each of WAITLIST_BENCH_CANCELS (30) cancellations, each on a day of its own with one
 *    waitlist entry that suits it, the time from the cancel's API response to the offer mail landing in
 *    the local SES outbox (the offer item and its expiry schedule are written before the mail is sent).
 * 2. Matching cost: with WAITLIST_BENCH_ENTRIES (1,000) more active entries that do not suit the
 *    openings (other weekdays, past dates, evening windows: each still goes through matching), the
 *    DynamoDB requests and consumed capacity of the waitlist consumer's invocation per opening, over
 *    WAITLIST_BENCH_OPENINGS (10) cancellations. The meter sits on the process's shared document client,
 *    the one `runtime().service` uses, and counts only calls made inside the waitlist consumer.
 * Numbers compare commits on one machine; they are not SLAs.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { newId } from '@casefile/adapters/clock/clock';
import { createWaitlistEntrySchema } from '@casefile/core';
import { createClinicRepositories, sharedDocumentClient } from '@casefile/db';
import { streamHandlers, type StreamHandler } from '@casefile/functions/handlers';
import { Temporal } from 'temporal-polyfill';
import { outgoingMailFromEnv } from '../../functions/src/ports/outgoingMail';
import { schedulingFromEnv } from '../../functions/src/ports/scheduling';
import { setPorts } from '../../functions/src/ports/setPorts';
import { runtime } from '../../functions/src/runtime';
import { startDynamoDbLocal } from '../../hosts/local/src/dynamoDbLocal';
import { findFreePort } from '../../hosts/local/src/ports';
import { seedIfEmpty } from '../../hosts/local/src/seed';
import { startTestApi } from '../setup/localApi';
import { meterDynamoDb, READ_COMMANDS, type DynamoUsage } from './dynamoMeter';

Object.assign(process.env, {
  AWS_REGION: process.env.AWS_REGION ?? 'us-east-1',
  AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID ?? 'local',
  AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY ?? 'local',
  AWS_EC2_METADATA_DISABLED: 'true',
  LOG_LEVEL: 'WARN',
});

const CANCELS = Number(process.env.WAITLIST_BENCH_CANCELS ?? 30);
const OPENINGS = Number(process.env.WAITLIST_BENCH_OPENINGS ?? 10);
const FILLER_ENTRIES = Number(process.env.WAITLIST_BENCH_ENTRIES ?? 1000);
const TICK_MS = 1000;
const ZONE = 'America/Toronto';
const FIRST_DAY = Temporal.PlainDate.from('2032-03-01');
const OFFER_TIMEOUT_MS = 60_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const round = (value: number) => Math.round(value * 10) / 10;
const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 50)), p90: round(percentile(sorted, 90)), max: round(sorted.at(-1) ?? NaN) };
};

function readsOf(usage: DynamoUsage) {
  const requests = Object.entries(usage.byCommand).filter(([command]) => READ_COMMANDS.includes(command));
  return {
    requests: requests.reduce((sum, [, count]) => sum + count, 0),
    readCapacityUnits: round(Object.entries(usage.capacityByCommand).filter(([command]) => READ_COMMANDS.includes(command)).reduce((sum, [, units]) => sum + units, 0)),
    byCommand: Object.fromEntries(requests),
  };
}

async function main() {
  const dynamoDb = await startDynamoDbLocal({ port: await findFreePort() });
  // Only calls made inside the waitlist consumer's invocations count towards the matching cost.
  const inWaitlistConsumer = new AsyncLocalStorage<true>();
  const waitlistConsumer: StreamHandler = (event, context) => inWaitlistConsumer.run(true, () => streamHandlers.waitlist!(event, context));
  const api = await startTestApi({ endpoint: dynamoDb.endpoint, notifications: { now: () => Date.now() }, streamHandlers: { ...streamHandlers, waitlist: waitlistConsumer } });
  const consumerMeter = meterDynamoDb(sharedDocumentClient(), { only: () => inWaitlistConsumer.getStore() === true, name: 'waitlistConsumerMeter' });
  const everythingMeter = meterDynamoDb(sharedDocumentClient());
  const landed = new Map<string, number>();
  const ses = outgoingMailFromEnv();
  setPorts({
    scheduling: schedulingFromEnv(),
    outgoingMail: {
      mailFrom: ses.mailFrom,
      mailer: {
        async send(mail) {
          const sent = await ses.mailer.send(mail);
          if (mail.tags.kind === 'waitlistOffer' && !landed.has(mail.to)) landed.set(mail.to, performance.now());
          return sent;
        },
      },
    },
  });
  const ticker = setInterval(() => void api.notifications!.scheduler.tick().catch(() => undefined), TICK_MS);
  try {
    const seed = await seedIfEmpty({ tableName: api.tableName, endpoint: dynamoDb.endpoint, identityFile: api.identity.filePath });
    const owner = seed.users.find((user) => user.role === 'owner')!;
    const clinicId = owner.clinicId;
    const token = await api.tokenFor({ email: owner.email, clinicId, memberId: owner.memberId, role: owner.role });
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
      const response = await fetch(`${api.baseUrl}${path}`, { method, headers, ...(body ? { body: JSON.stringify(body) } : {}) });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    };
    await api.poller.drain();
    const [location] = (await call<{ items: { locationId: string }[] }>('GET', '/api/locations')).items;
    const [discipline] = (await call<{ items: { disciplineId: string }[] }>('GET', '/api/disciplines')).items;
    const disciplineId = discipline!.disciplineId;
    const session = await call<{ sessionId: string }>('POST', '/api/sessions', { name: 'Waitlist bench visit', disciplineId, durationMinutes: 30 });
    const calendar = await call<{ calendarId: string }>('POST', '/api/calendars', { kind: 'room', name: 'Waitlist bench room', locationId: location!.locationId, disciplineIds: [disciplineId] });
    const days = CANCELS + OPENINGS;
    await call('POST', '/api/shifts/repeat', {
      calendarIds: [calendar.calendarId],
      startDate: FIRST_DAY.toString(),
      weeks: Math.ceil(days / 7),
      weekdays: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'],
      start: '08:00',
      end: '18:00',
      breaks: [],
    });
    // The new shifts free their days: those openings are made (and find nobody) before anyone waits.
    await api.poller.drain();
    let clients = 0;
    const newClient = async () => {
      clients += 1;
      const email = `waitlist-bench-${clients}@example.com`;
      const client = await call<{ clientId: string }>('POST', '/api/clients', { firstName: `Waiting${clients}`, lastName: 'Bench', email, consent: { electronicCommunication: true } });
      const caseFile = await call<{ caseId: string }>('POST', `/api/clients/${client.clientId}/cases`, { caseType: 'private', intakeDate: '2026-11-01', disciplineId });
      return { clientId: client.clientId, caseId: caseFile.caseId, email };
    };
    const canceling = await newClient();
    /** One waiting client per day, whose entry suits only that day's mornings. */
    const waiting: { clientId: string; caseId: string; email: string; date: Temporal.PlainDate }[] = [];
    for (let index = 0; index < days; index++) {
      const date = FIRST_DAY.add({ days: index });
      const client = await newClient();
      await call('POST', '/api/waitlist', { caseId: client.caseId, sessionId: session.sessionId, windows: [{ days: [date.dayOfWeek], start: '09:00', end: '12:00' }], earliestDate: date.toString(), latestDate: date.toString(), priority: 1 });
      waiting.push({ ...client, date });
    }
    await api.poller.drain();

    /** Books 10:00 on the day, lets the stream settle, cancels it and waits for the offer mail. */
    const openAndOffer = async ({ date, email }: (typeof waiting)[number]) => {
      const start = date.toPlainDateTime({ hour: 10 }).toZonedDateTime(ZONE).toInstant().toString();
      const booked = await call<{ appointment: { appointmentId: string } }>('POST', '/api/appointments', { caseId: canceling.caseId, sessionId: session.sessionId, calendarId: calendar.calendarId, start, mode: 'no_overlap' });
      await api.poller.drain();
      landed.delete(email);
      consumerMeter.reset();
      everythingMeter.reset();
      await call('POST', `/api/appointments/${booked.appointment.appointmentId}/status`, { status: 'canceled', reason: 'Waitlist bench' });
      const answered = performance.now();
      const apiCalls = everythingMeter.read().calls;
      const deadline = Date.now() + OFFER_TIMEOUT_MS;
      while (!landed.has(email) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 2));
      await api.poller.drain();
      const latency = landed.has(email) ? landed.get(email)! - answered : undefined;
      return { latency, consumer: consumerMeter.read(), apiCalls };
    };

    const latencies: number[] = [];
    const smallCosts: DynamoUsage[] = [];
    let apiCallsSeen = 0;
    for (const day of waiting.slice(0, CANCELS)) {
      const result = await openAndOffer(day);
      if (result.latency !== undefined) latencies.push(result.latency);
      smallCosts.push(result.consumer);
      apiCallsSeen += result.apiCalls;
    }
    const activeBefore = (await call<{ items: unknown[] }>('GET', '/api/waitlist?status=active')).items.length;

    // Entries that do not suit the bench's openings, each for a reason matching has to find out. Written
    // through the runtime's own service: ElectroDB's Service binds its client and table onto the shared
    // entity instances, so a second createService() would move every later call (the consumer's too) to
    // its client, out of the meter's sight.
    const loader = createClinicRepositories({ service: runtime().service, clinicId, actor: 'bench', now: () => new Date(), newId });
    const fillerClients: { clientId: string; caseId: string }[] = [];
    for (let index = 0; index < 20; index++) fillerClients.push(await newClient());
    const loadStarted = performance.now();
    const pending: Promise<unknown>[] = [];
    for (let index = 0; index < FILLER_ENTRIES; index++) {
      const client = fillerClients[index % fillerClients.length]!;
      const weekday = (index % 7) + 1;
      const reason = index % 3;
      const entry = createWaitlistEntrySchema.parse({
        caseId: client.caseId,
        sessionId: session.sessionId,
        windows: [reason === 2 ? { days: [1, 2, 3, 4, 5, 6, 7], start: '18:00', end: '20:00' } : { days: reason === 0 ? [weekday] : [1, 2, 3, 4, 5, 6, 7], start: '08:00', end: '17:00' }],
        ...(reason === 0 ? { earliestDate: '2032-06-01' } : reason === 1 ? { latestDate: '2032-02-01' } : {}),
        priority: (index % 5) + 1,
        notes: `Bench filler ${index}`,
      });
      pending.push(loader.waitlist.createEntry(client.clientId, entry));
      if (pending.length >= 16) await Promise.all(pending.splice(0));
    }
    await Promise.all(pending);
    const loadSeconds = round((performance.now() - loadStarted) / 1000);
    const activeWithFiller = (await call<{ items: unknown[] }>('GET', '/api/waitlist?status=active')).items.length;

    const largeLatencies: number[] = [];
    const largeCosts: DynamoUsage[] = [];
    for (const day of waiting.slice(CANCELS)) {
      const result = await openAndOffer(day);
      if (result.latency !== undefined) largeLatencies.push(result.latency);
      largeCosts.push(result.consumer);
    }
    if ([smallCosts, largeCosts].some((costs) => costs.length > 0 && costs.every((usage) => usage.calls === 0))) {
      throw new Error('The meter saw no call of the waitlist consumer: it is not on the client the runtime uses.');
    }
    const perOpening = (costs: DynamoUsage[]) => {
      const reads = costs.map(readsOf);
      return {
        openings: costs.length,
        'read requests': summary(reads.map((read) => read.requests)),
        'read capacity units': summary(reads.map((read) => read.readCapacityUnits)),
        'write requests': summary(costs.map((usage) => usage.calls - readsOf(usage).requests)),
        'all capacity units': summary(costs.map((usage) => usage.capacityUnits)),
        'read requests by command (median opening)': [...reads].sort((a, b) => a.requests - b.requests)[Math.floor(reads.length / 2)]?.byCommand,
      };
    };
    console.log(
      JSON.stringify(
        {
          'meter check': { client: 'sharedDocumentClient() (runtime().service)', 'gateway calls seen during the cancels': apiCallsSeen, 'waitlist consumer calls seen': [...smallCosts, ...largeCosts].reduce((sum, usage) => sum + usage.calls, 0) },
          queueTickMs: TICK_MS,
          [`cancel response -> offer mail in local SES (ms), ${activeBefore} active entries`]: { cancels: CANCELS, offered: latencies.length, ...summary(latencies) },
          [`matching cost per opening, ${activeBefore} active entries`]: perOpening(smallCosts),
          [`${FILLER_ENTRIES} filler entries loaded (s)`]: loadSeconds,
          [`cancel response -> offer mail in local SES (ms), ${activeWithFiller} active entries`]: { cancels: OPENINGS, offered: largeLatencies.length, ...summary(largeLatencies) },
          [`matching cost per opening, ${activeWithFiller} active entries`]: perOpening(largeCosts),
        },
        null,
        2,
      ),
    );
  } finally {
    clearInterval(ticker);
    setPorts(undefined);
    await api.stop();
    await dynamoDb.stop();
  }
}

await main();
