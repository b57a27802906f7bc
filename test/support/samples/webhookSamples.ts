/**
 * Samples for the webhook routes, merged into sampleRequests.ts. Each route that names an endpoint
 * gets a fresh one (deleting consumes it); the replay sample also gets a delivery in its log, written
 * through the repository as the webhooks consumer writes it (no event has to happen first).
 */
import { newId } from '@casefile/adapters';
import { createClinicRepositories, createService, sharedDocumentClient, tableNameFromEnv } from '@casefile/db';
import type { ClinicFixture, FixtureIds } from '../fixtureTypes';

export const EMPTY_WEBHOOK_IDS = { webhookId: '' };

/** A public-looking HTTPS receiver: registration accepts it; nothing in these tests delivers to it. */
export const SAMPLE_WEBHOOK_URL = 'https://hooks.example.com/casefile';
export const SAMPLE_WEBHOOK_EVENT_ID = 'msg_000000000aaaaaaaaaaaaaaaa';

export const WEBHOOK_PATH_IDS: Readonly<Record<string, keyof FixtureIds>> = {
  '/api/webhooks/{id}': 'webhookId',
  '/api/webhooks/{id}/rotate-secret': 'webhookId',
  '/api/webhooks/{id}/deliveries': 'webhookId',
  '/api/webhooks/{id}/replay': 'webhookId',
};

export const WEBHOOK_SAMPLE_BODIES: Readonly<Record<string, (ids: FixtureIds) => unknown>> = {
  createWebhookEndpoint: () => ({ url: SAMPLE_WEBHOOK_URL, eventTypes: ['case.closed'], description: 'Sample receiver' }),
  updateWebhookEndpoint: () => ({ description: 'Renamed receiver' }),
  replayWebhookDelivery: () => ({ eventId: SAMPLE_WEBHOOK_EVENT_ID }),
};

async function freshEndpoint(fixture: ClinicFixture): Promise<Partial<FixtureIds>> {
  const owner = await fixture.api('owner');
  const created = await owner.post<{ endpoint: { endpointId: string } }>('/api/webhooks', WEBHOOK_SAMPLE_BODIES.createWebhookEndpoint!(fixture.ids));
  if (created.status !== 201) throw new Error(`Could not create a sample webhook endpoint: ${created.status} ${created.text}`);
  return { webhookId: created.body.endpoint.endpointId };
}

async function freshEndpointWithDelivery(fixture: ClinicFixture): Promise<Partial<FixtureIds>> {
  const ids = await freshEndpoint(fixture);
  const repos = createClinicRepositories({ service: createService(sharedDocumentClient(), tableNameFromEnv()), clinicId: fixture.clinicId, actor: 'test:samples', now: () => new Date(), newId });
  const body = JSON.stringify({ type: 'case.closed', timestamp: new Date().toISOString(), data: { caseId: fixture.ids.caseId } });
  await repos.webhooks.createDeliveryOnce({ endpointId: ids.webhookId!, eventId: SAMPLE_WEBHOOK_EVENT_ID, eventType: 'case.closed', body });
  return ids;
}

export const WEBHOOK_FRESH_IDS: Readonly<Record<string, (fixture: ClinicFixture) => Promise<Partial<FixtureIds>>>> = {
  getWebhookEndpoint: freshEndpoint,
  updateWebhookEndpoint: freshEndpoint,
  deleteWebhookEndpoint: freshEndpoint,
  rotateWebhookSecret: freshEndpoint,
  listWebhookDeliveries: freshEndpoint,
  replayWebhookDelivery: freshEndpointWithDelivery,
};
