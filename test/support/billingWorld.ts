/** Helpers for billing tests: a priced session, a fresh client and case with a payer, and a direct look at the journal. */
import { afterAll, beforeAll} from 'vitest';
import { createClinicRepositories, createDocumentClient, createService } from '@casefile/db';
import type { ApiClient } from './apiClient';
import { startWorld, type World } from './world';
import { dynamoEndpoint } from '../setup/fileDynamo';

export const TAX_POLICY = {
  currency: 'CAD',
  taxRates: [{ code: 'HST', name: 'HST', basisPoints: 1300 }],
  noShowFeeItemId: null as string | null,
  lateCancelFeeItemId: null as string | null,
  authorizationOverrun: 'warn' as 'warn' | 'block',
  remainingVisitsAlertThreshold: 1,
  paymentTermsDays: 30,
};

export async function ok<T>(response: Promise<{ status: number; body: T; text: string }>, expected = [200, 201]): Promise<T> {
  const answer = await response;
  if (!expected.includes(answer.status)) throw new Error(`Expected ${expected.join('/')}, got ${answer.status}: ${answer.text}`);
  return answer.body;
}

/** Sets the clinic's policy and one taxed billing item (100.00 + 13% HST), and makes the fixture session bill it. */
export async function pricedSession(world: World, owner: ApiClient, policy: Partial<typeof TAX_POLICY> = {}) {
  await ok(owner.request('PUT', '/api/billing/policy', { ...TAX_POLICY, ...policy }));
  const item = await ok(owner.post<{ billingItemId: string }>('/api/billing-items', { code: 'PT-TX', description: 'Physiotherapy treatment', unitPriceMinor: 10000, taxCodes: ['HST'] }));
  await ok(owner.patch(`/api/sessions/${world.clinicA.ids.sessionId}`, { billingItemIds: [item.billingItemId] }));
  return item.billingItemId;
}

let clients = 0;
/** A new client with one case and a client payer (remainder). */
export async function freshCase(owner: ApiClient, payer: Record<string, unknown> = { kind: 'client', name: 'Client', coverage: { kind: 'remainder' } }) {
  const client = await ok(owner.post<{ clientId: string }>('/api/clients', { firstName: 'Bill', lastName: `Payer${++clients}${Date.now() % 100000}` }));
  const caseFile = await ok(owner.post<{ caseId: string }>(`/api/clients/${client.clientId}/cases`, { caseType: 'motor_vehicle_accident', intakeDate: '2026-01-05' }));
  const added = await ok(owner.post<{ payerId: string }>(`/api/cases/${caseFile.caseId}/payers`, payer));
  return { clientId: client.clientId, caseId: caseFile.caseId, payerId: added.payerId };
}

/** The journal of one client, read straight from the table (the API shows balances, not entries). */
export function journalReader(world: World) {
  return async (clientId: string) => {
    const service = createService(createDocumentClient(await dynamoEndpoint()), world.tableName);
    const { ledger } = createClinicRepositories({ service, clinicId: world.clinicA.clinicId, actor: 'test', now: () => new Date(), newId: () => '' });
    return ledger.entriesForClient(clientId);
  };
}

let slot = 0;
/** A start time on the fixture calendar, each call a different hour a few days ahead. */
export function nextStart(daysAhead = 2): string {
  const at = new Date(Date.now() + (daysAhead + Math.floor(slot / 8)) * 86_400_000);
  at.setUTCHours(13 + (slot++ % 8), 0, 0, 0);
  return at.toISOString();
}

export interface BillingSuite {
  world: World;
  owner: ApiClient;
  desk: ApiClient;
  journal: ReturnType<typeof journalReader>;
}

/** For a describe block: a world with the priced session, owner and front-desk clients and the journal reader, set before its tests and stopped after. */
export function billingSuite(): BillingSuite {
  const suite = {} as BillingSuite;
  beforeAll(async () => {
    suite.world = await startWorld();
    suite.owner = await suite.world.clinicA.api('owner');
    suite.desk = await suite.world.clinicA.api('front_desk');
    suite.journal = journalReader(suite.world);
    await pricedSession(suite.world, suite.owner);
  });
  afterAll(() => suite.world?.stop());
  return suite;
}
