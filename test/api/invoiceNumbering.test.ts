import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/apiClient';
import { freshCase, ok, pricedSession } from '../support/billingWorld';
import { startWorld, type World } from '../support/world';

/**
 * 30 by default; INVOICE_RACERS raises it for stress runs by hand. The racers take turns on one
 * sequence item, so the losers' retries grow with the square of the racers: on a loaded 2-core
 * machine that is well past vitest's default 30 s, hence the long timeout (a hang, not a speed check).
 */
// CI-sized: 30 at once pushed some requests past the local gateway's 30 s timeout (503) on a loaded 2-core machine.
const RACERS = Number(process.env.INVOICE_RACERS ?? 20);

describe('invoice numbering under concurrency (B4)', () => {
  let world: World;
  let owner: ApiClient;
  let cases: { caseId: string; payerId: string }[];

  beforeAll(async () => {
    world = await startWorld();
    owner = await world.clinicA.api('owner');
    const billingItemId = await pricedSession(world, owner);
    cases = [];
    // Five at a time: set-up only, kept well below the race itself.
    for (let index = 0; index < RACERS; index += 5) {
      const batch = Array.from({ length: Math.min(5, RACERS - index) }, async () => {
        const made = await freshCase(owner);
        await ok(owner.post(`/api/cases/${made.caseId}/charges`, { billingItemId, payerId: made.payerId, serviceDate: '2026-11-20' }));
        return made;
      });
      cases.push(...(await Promise.all(batch)));
    }
    // The set-up's own stream work done before the race starts.
    await world.drainStreams();
  }, 240_000);
  afterAll(() => world?.stop());

  it(`${RACERS} invoices created at once in one clinic get ${RACERS} distinct, consecutive numbers`, async () => {
    const apis = await Promise.all(cases.map((_, index) => world.clinicA.api(index % 2 === 0 ? 'billing' : 'front_desk')));
    // On a loaded machine the server may answer 409 sequence_contention ("try again") rather than keep a request past
    // the gateway's timeout: a client tries again, and the numbers must still come out whole.
    const create = async ({ caseId, payerId }: (typeof cases)[number], index: number) => {
      for (let attempt = 1; ; attempt++) {
        const answer = await apis[index]!.post<{ invoiceNumber: number; type?: string }>(`/api/cases/${caseId}/invoices`, { payerId });
        if (answer.status !== 409 || answer.body.type !== 'urn:casefile:problem:sequence_contention' || attempt >= 5) return answer;
      }
    };
    const answers = await Promise.all(cases.map(create));
    expect(answers.map((answer) => (answer.status === 201 ? 201 : `${answer.status} ${answer.text}`))).toEqual(answers.map(() => 201));
    const numbers = answers.map((answer) => answer.body.invoiceNumber).sort((a, b) => a - b);
    const first = numbers[0]!;
    expect(numbers).toEqual(Array.from({ length: RACERS }, (_, index) => first + index));
    // The next invoice continues the sequence: nothing was skipped by the races.
    const { caseId, payerId } = cases[0]!;
    const billingItems = await ok(owner.get<{ items: { billingItemId: string }[] }>('/api/billing-items'));
    await ok(owner.post(`/api/cases/${caseId}/charges`, { billingItemId: billingItems.items[0]!.billingItemId, payerId, serviceDate: '2026-11-21' }));
    const next = await ok(owner.post<{ invoiceNumber: number }>(`/api/cases/${caseId}/invoices`, { payerId }));
    expect(next.invoiceNumber).toBe(first + RACERS);
  }, 240_000);
});
