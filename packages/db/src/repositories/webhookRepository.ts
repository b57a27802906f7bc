/**
 * A clinic's webhook endpoints and their delivery log (SPEC P2). Writes are conditioned on what was
 * read (the endpoint's version, a delivery's attempt count and replay round), and the outcome is
 * returned as a value: the delivery use case decides what a lost race means.
 */
import type { WebhookAttempt, WebhookEndpoint } from '@casefile/core';
import type { WebhookSigningSecret } from '../entities/webhookEndpoint';
import { type Page, type PageRequest, type RecordMeta, type RepositoryContext, stampNew } from './context';
import { isConditionFailure } from './errors';
import { queryPage } from './paging';
import { createVersioned, patchVersioned, readOrThrow, type VersionedEntity } from './versionedWrite';

export interface StoredWebhookEndpoint extends WebhookEndpoint, RecordMeta {
  clinicId: string;
  secrets: WebhookSigningSecret[];
}

export interface StoredWebhookDelivery {
  clinicId: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  body: string;
  state: 'pending' | 'delivered' | 'failed';
  attempts: WebhookAttempt[];
  nextAttemptAt?: string;
  replays: number;
  needsEnqueue: boolean;
  createdAt: string;
  updatedAt: string;
}

export type NewWebhookEndpoint = Omit<StoredWebhookEndpoint, 'clinicId' | 'endpointId' | keyof RecordMeta>;
export type NewWebhookDelivery = Pick<StoredWebhookDelivery, 'endpointId' | 'eventId' | 'eventType' | 'body'>;
/** What one attempt changes: expected to find the delivery at `attemptCount` attempts in round `replays`. */
export interface AttemptOutcome {
  attempt: WebhookAttempt;
  state: StoredWebhookDelivery['state'];
  nextAttemptAt?: string;
}

async function written(write: Promise<unknown>): Promise<boolean> {
  try {
    await write;
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

export function createWebhookRepository(ctx: RepositoryContext) {
  const { webhookEndpoint, webhookDelivery } = ctx.service.entities;
  const versioned: VersionedEntity = webhookEndpoint;
  const clinicId = ctx.clinicId;
  const endpointKeys = (endpointId: string) => ({ clinicId, endpointId });
  const deliveryKeys = (endpointId: string, eventId: string) => ({ clinicId, endpointId, eventId });

  return {
    getEndpoint: (endpointId: string) => readOrThrow<StoredWebhookEndpoint>(versioned, endpointKeys(endpointId), 'Webhook endpoint'),

    /** Every endpoint of the clinic (a clinic has a handful; one partition). */
    async listEndpoints(): Promise<StoredWebhookEndpoint[]> {
      const result = await webhookEndpoint.query.primary({ clinicId }).go({ pages: 'all' });
      return result.data as StoredWebhookEndpoint[];
    },

    createEndpoint: (endpoint: NewWebhookEndpoint) =>
      createVersioned<StoredWebhookEndpoint>(versioned, { ...endpoint, ...endpointKeys(ctx.newId()), ...stampNew(ctx) }, 'webhook endpoint'),

    /** Puts back what `decide` makes of the current endpoint, conditioned on the version read. */
    changeEndpoint: (endpointId: string, decide: (current: StoredWebhookEndpoint) => StoredWebhookEndpoint) =>
      patchVersioned<StoredWebhookEndpoint>(ctx, versioned, endpointKeys(endpointId), {}, 'Webhook endpoint', (current) => decide(current)),

    /** Disables an endpoint that is enabled; false when it was disabled (or gone) already. */
    disableEndpoint: (endpointId: string, reason: string) =>
      written(
        webhookEndpoint
          .patch(endpointKeys(endpointId))
          .set({ state: 'disabled', disabledReason: reason, updatedAt: ctx.now().toISOString(), updatedBy: ctx.actor })
          .add({ version: 1 })
          .where(({ state }, { eq }) => eq(state, 'enabled'))
          .go(),
      ),

    async removeEndpoint(endpointId: string): Promise<boolean> {
      return written(webhookEndpoint.delete(endpointKeys(endpointId)).where(({ endpointId: id }, { exists }) => exists(id)).go());
    },

    /** Creates the delivery unless this event was queued for this endpoint before; true when it is new. */
    createDeliveryOnce(delivery: NewWebhookDelivery): Promise<boolean> {
      const at = ctx.now().toISOString();
      return written(
        webhookDelivery.create({ ...delivery, clinicId, state: 'pending', attempts: [], replays: 0, needsEnqueue: true, createdAt: at, updatedAt: at }).go(),
      );
    },

    async getDelivery(endpointId: string, eventId: string): Promise<StoredWebhookDelivery | undefined> {
      const result = await webhookDelivery.get(deliveryKeys(endpointId, eventId)).go({ consistent: true });
      return (result.data as StoredWebhookDelivery | null) ?? undefined;
    },

    /** The log of one endpoint, newest event first. */
    listDeliveries: (endpointId: string, page: PageRequest): Promise<Page<StoredWebhookDelivery>> =>
      queryPage<unknown, StoredWebhookDelivery>(webhookDelivery.query.primary({ clinicId, endpointId }), page, (item) => item as StoredWebhookDelivery, 'desc'),

    /** The consumer put the delivery on the queue: clear the mark, unless a replay set it again meanwhile. */
    markEnqueued: (endpointId: string, eventId: string, replays: number) =>
      written(
        webhookDelivery
          .patch(deliveryKeys(endpointId, eventId))
          .set({ needsEnqueue: false })
          .where((attributes, { eq }) => eq(attributes.replays, replays))
          .go(),
      ),

    /** Appends one attempt, if nobody changed the delivery since it was read (every attempt and replay stamps `updatedAt`). */
    recordAttempt(delivery: Pick<StoredWebhookDelivery, 'endpointId' | 'eventId' | 'attempts' | 'replays' | 'updatedAt'>, outcome: AttemptOutcome) {
      const update = webhookDelivery.patch(deliveryKeys(delivery.endpointId, delivery.eventId)).set({
        attempts: [...delivery.attempts, outcome.attempt],
        state: outcome.state,
        updatedAt: ctx.now().toISOString(),
        needsEnqueue: false,
        ...(outcome.nextAttemptAt ? { nextAttemptAt: outcome.nextAttemptAt } : {}),
      });
      // ElectroDB writes an empty REMOVE clause for an empty list, which DynamoDB refuses.
      const cleared = outcome.nextAttemptAt ? update : update.remove(['nextAttemptAt']);
      return written(cleared.where((attributes, { eq }) => `${eq(attributes.replays, delivery.replays)} AND ${eq(attributes.updatedAt, delivery.updatedAt)}`).go());
    },

    /** Starts a new round of attempts for the event (a manual replay); the attempts so far stay in the log. */
    replay: (delivery: Pick<StoredWebhookDelivery, 'endpointId' | 'eventId' | 'replays'>) =>
      written(
        webhookDelivery
          .patch(deliveryKeys(delivery.endpointId, delivery.eventId))
          .set({ state: 'pending', replays: delivery.replays + 1, needsEnqueue: true, updatedAt: ctx.now().toISOString() })
          .remove(['nextAttemptAt'])
          .where((attributes, { eq }) => eq(attributes.replays, delivery.replays))
          .go(),
      ),
  };
}

export type WebhookRepository = ReturnType<typeof createWebhookRepository>;
