/**
 * Samples for the recall routes, merged into sampleRequests.ts. Dismissing gets a fresh recall of the
 * fixture's case, written through the repository as the recalls consumer writes it (no visit has to
 * be attended first). The rules sample names no session, so it is valid in every clinic.
 */
import { newId } from '@casefile/adapters';
import { createClinicRepositories, createService, sharedDocumentClient, tableNameFromEnv } from '@casefile/db';
import type { ClinicFixture, FixtureIds } from '../fixtureTypes';

export const EMPTY_RECALL_IDS = { recallId: '' };

export const RECALL_PATH_IDS: Readonly<Record<string, keyof FixtureIds>> = {
  '/api/recalls/{id}/dismiss': 'recallId',
};

export const RECALL_SAMPLE_BODIES: Readonly<Record<string, (ids: FixtureIds) => unknown>> = {
  putRecallRules: () => ({ rules: [{ ruleId: 'sample-recall', name: 'Sample recall', caseType: 'other', interval: { count: 6, unit: 'weeks' }, anchor: 'last_visit', noResponseDays: 14 }] }),
};

export const RECALL_SAMPLE_QUERIES: Readonly<Record<string, (ids: FixtureIds) => string>> = {
  listRecalls: () => '?status=due&dismissed=false',
};

async function freshRecall(fixture: ClinicFixture): Promise<Partial<FixtureIds>> {
  const repos = createClinicRepositories({ service: createService(sharedDocumentClient(), tableNameFromEnv()), clinicId: fixture.clinicId, actor: 'test:samples', now: () => new Date(), newId });
  const recallId = newId();
  const at = new Date().toISOString();
  await repos.recalls.create({ recallId, ruleId: 'sample-recall', ruleName: 'Sample recall', clientId: fixture.ids.clientId, caseId: fixture.ids.caseId, anchorAt: at, dueAt: at });
  return { recallId };
}

export const RECALL_FRESH_IDS: Readonly<Record<string, (fixture: ClinicFixture) => Promise<Partial<FixtureIds>>>> = {
  dismissRecall: (fixture) => freshRecall(fixture),
};
