/**
 * The charge consumer is fed every stream record of a set of appointment histories 2-3 times, in
 * shuffled batches (some of them at the same time): there is no duplicate charge, no missed charge,
 * and each arrival consumes exactly one authorized visit. The world's poller runs every consumer
 * except `charges`, plus a capture consumer with the same filter, so this test alone delivers them.
 */
import type { DynamoDBRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STREAM_CONSUMERS } from '../../functions/src/consumers';
import { streamHandlers } from '../../functions/src/handlers';
import { handler as chargesConsumer } from '../../functions/src/streams/charges';
import { createLambdaContext } from '../../hosts/local/src/lambdaContext';
import type { ApiClient } from '../support/apiClient';
import { freshCase, nextStart, ok, pricedSession } from '../support/billingWorld';
import { startWorld, type World } from '../support/world';

interface Charge { chargeId: string; status: string; appointmentId?: string; source: string; totalMinor: number }

const captured: DynamoDBRecord[] = [];
const chargesDefinition = STREAM_CONSUMERS.find((definition) => definition.consumer === 'charges')!;

/** A deterministic shuffle (mulberry32), so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/** Each record 2 or 3 times, shuffled, cut into batches of 1-7. */
function redeliveries(records: readonly DynamoDBRecord[], seed: number): DynamoDBRecord[][] {
  const repeated = records.flatMap((record, index) => Array.from({ length: 2 + ((index + seed) % 2) }, () => record));
  const order = shuffled(repeated, seed);
  const batches: DynamoDBRecord[][] = [];
  for (let at = 0, size = 1; at < order.length; at += size, size = 1 + ((size * 5 + seed) % 7)) batches.push(order.slice(at, at + size));
  return batches;
}

async function deliver(batches: readonly DynamoDBRecord[][], parallel: number): Promise<void> {
  const queue = [...batches];
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let batch = queue.shift(); batch; batch = queue.shift()) {
        // A batch that reports failures is delivered again from the first failed record, as Lambda does.
        let pending = batch;
        for (let attempt = 0; pending.length > 0 && attempt < 5; attempt++) {
          const result = await chargesConsumer({ Records: pending }, createLambdaContext('charges', 30_000));
          const failed = new Set(result.batchItemFailures.map((failure) => failure.itemIdentifier));
          const first = pending.findIndex((record) => failed.has(record.dynamodb?.SequenceNumber ?? ''));
          pending = first === -1 ? [] : pending.slice(first);
        }
        expect(pending).toEqual([]);
      }
    }),
  );
}

describe('charge consumer: redelivered and shuffled stream records (B2, K5)', () => {
  let world: World;
  let desk: ApiClient;
  let owner: ApiClient;

  beforeAll(async () => {
    world = await startWorld({
      consumers: [...STREAM_CONSUMERS.filter((definition) => definition.consumer !== 'charges'), { ...chargesDefinition, consumer: 'capture' }],
      streamHandlers: {
        ...streamHandlers,
        capture: async (event) => {
          captured.push(...event.Records);
          return { batchItemFailures: [] };
        },
      },
    });
    owner = await world.clinicA.api('owner');
    desk = await world.clinicA.api('front_desk');
  });
  afterAll(() => world?.stop());

  it('makes exactly the charges and authorization use of the final states', async () => {
    const fee = await ok(owner.post<{ billingItemId: string }>('/api/billing-items', { code: 'NS', description: 'No show', unitPriceMinor: 4000, taxCodes: [] }));
    await pricedSession(world, owner, { noShowFeeItemId: fee.billingItemId });
    const { sessionId, calendarId } = world.clinicA.ids;
    const setStatus = (appointmentId: string, status: string) => ok(desk.post(`/api/appointments/${appointmentId}/status`, { status }));

    // Histories (final state in brackets): arrived [arrived], arrived-booked-arrived [arrived],
    // no_show [fee], arrived-booked [nothing], arrived-confirmed-arrived [arrived], two arrivals on one case.
    const histories: string[][] = [['arrived'], ['arrived', 'booked', 'arrived'], ['no_show'], ['arrived', 'booked'], ['arrived', 'confirmed', 'arrived'], ['arrived'], ['arrived']];
    const cases: { caseId: string; payerId: string }[] = [];
    for (let index = 0; index < 6; index++) {
      const made = await freshCase(owner);
      await ok(owner.post(`/api/cases/${made.caseId}/authorizations`, { payerId: made.payerId, approvedVisits: 10, validFrom: '2020-01-01', validTo: '2040-12-31' }));
      cases.push(made);
    }
    const appointments: { appointmentId: string; caseId: string; history: string[] }[] = [];
    for (const [index, history] of histories.entries()) {
      const caseId = cases[Math.min(index, 5)]!.caseId;
      const booked = await ok(desk.post<{ appointment: { appointmentId: string } }>('/api/appointments', { caseId, sessionId, calendarId, start: nextStart(3) }));
      for (const status of history) await setStatus(booked.appointment.appointmentId, status);
      appointments.push({ appointmentId: booked.appointment.appointmentId, caseId, history });
    }
    await world.drainStreams();
    const records = captured.filter((record) => appointments.some((item) => JSON.stringify(record.dynamodb?.NewImage ?? {}).includes(item.appointmentId)));
    expect(records.length).toBeGreaterThanOrEqual(histories.flat().length);

    // Two rounds of redelivery, the second with batches delivered three at a time.
    await deliver(redeliveries(records, 7), 1);
    await deliver(redeliveries(records, 11), 3);

    const expectOpen = async () => {
      for (const item of appointments) {
        const charges = (await ok(desk.get<{ items: Charge[] }>(`/api/cases/${item.caseId}/charges`))).items.filter((charge) => charge.appointmentId === item.appointmentId);
        const open = charges.filter((charge) => charge.status === 'open');
        const final = item.history.at(-1);
        if (final === 'arrived') expect(open.map((charge) => [charge.source, charge.totalMinor])).toEqual([['arrival', 11300]]);
        else if (final === 'no_show') expect(open.map((charge) => [charge.source, charge.totalMinor])).toEqual([['no_show', 4000]]);
        else expect(open).toEqual([]);
        // No charge id twice, whatever the redeliveries did.
        expect(new Set(charges.map((charge) => charge.chargeId)).size).toBe(charges.length);
      }
      for (const { caseId } of cases) {
        const arrived = appointments.filter((item) => item.caseId === caseId && item.history.at(-1) === 'arrived').length;
        const billing = await ok(desk.get<{ authorizations: { usedVisits: number }[] }>(`/api/cases/${caseId}/billing`));
        expect(billing.authorizations[0]!.usedVisits).toBe(arrived);
      }
    };
    await expectOpen();

    // Roll the first arrival back; old and new records, all redelivered again, in parallel.
    await setStatus(appointments[0]!.appointmentId, 'booked');
    appointments[0]!.history.push('booked');
    await world.drainStreams();
    const more = captured.filter((record) => appointments.some((item) => JSON.stringify(record.dynamodb?.NewImage ?? {}).includes(item.appointmentId)));
    expect(more.length).toBeGreaterThan(records.length);
    await deliver(redeliveries(more, 23), 3);
    await expectOpen();
  }, 120_000);
});
