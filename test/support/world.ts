/**
 * A running Casefile for API tests: DynamoDB Local (this file's own, test/setup/fileDynamo.ts), a fresh table, the local
 * gateway and stream poller, and the two demo clinics seeded through the real repositories.
 */
import type { StaffIdentity } from '@casefile/adapters';
import type { Role } from '@casefile/core';
import { seedIfEmpty, type DemoUser } from '../../hosts/local/src/seed';
import { DEMO_CLINICS } from '../../hosts/local/src/seed/demoData';
import { startTestApi, type TestApiOptions, type TestNotifications } from '../setup/localApi';
import { ApiClient } from './apiClient';
import { loadShiftId } from './samples/shiftSamples';
import { EMPTY_BILLING_IDS } from './samples/billingSamples';
import { EMPTY_NOTE_IDS } from './samples/noteSamples';
import { EMPTY_WAITLIST_IDS } from './samples/waitlistSamples';
import { EMPTY_TASK_IDS } from './samples/taskSamples';
import { EMPTY_RECALL_IDS } from './samples/recallSamples';
import { EMPTY_CLINICAL_RECORD_IDS } from './samples/clinicalRecordSamples';
import { EMPTY_FORM_TEMPLATE_IDS } from './samples/formTemplateSamples';
import { EMPTY_WEBHOOK_IDS } from './samples/webhookSamples';
import { EMPTY_IMPORT_EXPORT_IDS } from './samples/importExportSamples';
import { dynamoEndpoint } from '../setup/fileDynamo';
import { seedSnapshot } from './seedSnapshot';
import type { ClinicFixture } from './fixtureTypes';

export type { ClinicFixture, FixtureIds } from './fixtureTypes';

export interface World {
  baseUrl: string;
  tableName: string;
  anonymous: ApiClient;
  /** A client signed in as anyone (e.g. a member a test just added). */
  signIn: (user: StaffIdentity) => Promise<ApiClient>;
  /** A client whose bearer token carries exactly these claims, signed with the local issuer's key. */
  withClaims: (claims: Record<string, unknown>) => Promise<ApiClient>;
  clinicA: ClinicFixture;
  clinicB: ClinicFixture;
  /** Resolves when every change written so far has been through the stream consumers. */
  drainStreams: () => Promise<void>;
  /** Set when the world was started with notifications. */
  notifications?: TestNotifications;
  stop: () => Promise<void>;
}

export async function startWorld(options: Pick<TestApiOptions, 'notifications' | 'staticDirs' | 'consumers' | 'streamHandlers' | 'objectStorageNow'> = {}): Promise<World> {
  const ownSideEffects = Boolean(options.notifications || options.consumers || options.streamHandlers);
  const endpoint = await dynamoEndpoint({ own: ownSideEffects });
  const snapshot = ownSideEffects ? undefined : await seedSnapshot(endpoint);
  const testApi = await startTestApi({ endpoint, ...options, ...(snapshot ? { preload: snapshot } : {}) });
  // From a snapshot this only registers the demo users' sign-ins; otherwise it seeds.
  const seed = await seedIfEmpty({ tableName: testApi.tableName, endpoint, identityFile: testApi.identity.filePath });
  const anonymous = new ApiClient(testApi.baseUrl);

  async function fixture(index: 0 | 1): Promise<ClinicFixture> {
    const demo = DEMO_CLINICS[index]!;
    const users = Object.fromEntries(
      (['owner', 'manager', 'front_desk', 'provider', 'billing'] as const).map((role) => [
        role,
        seed.users.find((user) => user.clinicId === demo.clinicId && user.role === role),
      ]),
    ) as Record<Role, DemoUser | undefined>;
    const api = async (role: Role = 'owner') => {
      const user = users[role];
      if (!user) throw new Error(`The demo clinic ${demo.name} has no ${role}.`);
      const token = await testApi.tokenFor({ email: user.email, clinicId: user.clinicId, memberId: user.memberId, role: user.role });
      return new ApiClient(testApi.baseUrl, token);
    };
    const owner = await api('owner');
    const clients = await owner.get<{ items: { clientId: string }[] }>('/api/clients?limit=100');
    const withCase = await firstClientWithCase(owner, clients.body.items.map((client) => client.clientId));
    const locations = await owner.get<{ items: { locationId: string }[] }>('/api/locations');
    const disciplines = await owner.get<{ items: { disciplineId: string }[] }>('/api/disciplines');
    const disciplineId = disciplines.body.items[0]!.disciplineId;
    const calendars = await owner.get<{ items: { calendarId: string; disciplineIds: string[] }[] }>('/api/calendars?kind=provider');
    const calendarId = calendars.body.items.find((calendar) => calendar.disciplineIds.includes(disciplineId))!.calendarId;
    const sessions = await owner.get<{ items: { sessionId: string; disciplineId: string }[] }>('/api/sessions');
    const sessionId = sessions.body.items.find((session) => session.disciplineId === disciplineId)!.sessionId;
    const range = `from=${new Date().toISOString()}&to=${new Date(Date.now() + 30 * 86_400_000).toISOString()}`;
    const blocks = await owner.get<{ items: { blockId: string }[] }>(`/api/time-blocks?calendarId=${calendarId}&${range}`);
    const partial = {
      ...EMPTY_WAITLIST_IDS,
      ...EMPTY_TASK_IDS,
      ...EMPTY_RECALL_IDS,
      clientId: withCase.clientId,
      caseId: withCase.caseId,
      locationId: locations.body.items[0]!.locationId,
      disciplineId,
      memberId: users.front_desk!.memberId,
      calendarId,
      sessionId,
      blockId: blocks.body.items[0]?.blockId ?? '',
    };
    return {
      clinicId: demo.clinicId,
      name: demo.name,
      users,
      api,
      ids: { ...partial, ...EMPTY_BILLING_IDS, ...EMPTY_NOTE_IDS, ...EMPTY_CLINICAL_RECORD_IDS, ...EMPTY_WEBHOOK_IDS, ...EMPTY_IMPORT_EXPORT_IDS, ...EMPTY_FORM_TEMPLATE_IDS, appointmentId: '', shiftId: await loadShiftId(owner, { ...partial, ...EMPTY_BILLING_IDS, ...EMPTY_NOTE_IDS, ...EMPTY_CLINICAL_RECORD_IDS, ...EMPTY_WEBHOOK_IDS, ...EMPTY_IMPORT_EXPORT_IDS, ...EMPTY_FORM_TEMPLATE_IDS, appointmentId: '' }) },
    };
  }

  return {
    baseUrl: testApi.baseUrl,
    tableName: testApi.tableName,
    anonymous,
    signIn: async (user) => new ApiClient(testApi.baseUrl, await testApi.tokenFor(user)),
    withClaims: async (claims) => new ApiClient(testApi.baseUrl, await testApi.signClaims(claims)),
    clinicA: await fixture(0),
    clinicB: await fixture(1),
    drainStreams: () => testApi.poller.drain(),
    ...(testApi.notifications ? { notifications: testApi.notifications } : {}),
    stop: () => testApi.stop(),
  };
}

async function firstClientWithCase(api: ApiClient, clientIds: string[]) {
  for (const clientId of clientIds) {
    const file = await api.get<{ cases: { caseId: string }[] }>(`/api/clients/${clientId}`);
    const caseId = file.body.cases[0]?.caseId;
    if (caseId) return { clientId, caseId };
  }
  throw new Error('The demo clinic has no client with a case.');
}
