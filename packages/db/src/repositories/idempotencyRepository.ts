import { ConflictError, DomainError } from '@casefile/core';
import type { RepositoryContext } from './context';
import { isConditionFailure } from './errors';

const RETENTION_SECONDS = 24 * 60 * 60;

export interface StoredResponse {
  statusCode: number;
  body: string;
  headers: Record<string, string>;
}

export type IdempotencyStart = { kind: 'new' } | { kind: 'replay'; response: StoredResponse };

/**
 * Idempotency-Key handling for POST routes, scoped to the clinic. The first request claims the key;
 * a retry with the same request replays the stored response; the same key on a different request
 * is refused.
 */
export function createIdempotencyRepository(ctx: Pick<RepositoryContext, 'service' | 'clinicId' | 'now'>) {
  const { idempotencyRecord } = ctx.service.entities;
  const keysOf = (key: string) => ({ clinicId: ctx.clinicId, key });

  return {
    async begin(key: string, fingerprint: string): Promise<IdempotencyStart> {
      const expiresAt = Math.floor(ctx.now().getTime() / 1000) + RETENTION_SECONDS;
      try {
        await idempotencyRecord.create({ ...keysOf(key), fingerprint, status: 'in_progress', expiresAt }).go();
        return { kind: 'new' };
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
      const existing = await idempotencyRecord.get(keysOf(key)).go({ consistent: true });
      const record = existing.data;
      if (!record || record.expiresAt < ctx.now().getTime() / 1000) {
        // Expired but not yet swept by TTL: take it over.
        await idempotencyRecord.put({ ...keysOf(key), fingerprint, status: 'in_progress', expiresAt }).go();
        return { kind: 'new' };
      }
      if (record.fingerprint !== fingerprint) {
        throw new DomainError('unprocessable', 'This Idempotency-Key was used for a different request.', { code: 'idempotency_key_reused' });
      }
      if (record.status !== 'completed') {
        throw new ConflictError('A request with this Idempotency-Key is still being processed.', 'idempotency_in_progress');
      }
      return { kind: 'replay', response: record.response as StoredResponse };
    },

    async complete(key: string, response: StoredResponse): Promise<void> {
      await idempotencyRecord.patch(keysOf(key)).set({ status: 'completed', response }).go();
    },

    /** A request that failed unexpectedly releases its key so that a retry can run again. */
    async release(key: string): Promise<void> {
      await idempotencyRecord.delete(keysOf(key)).go();
    },
  };
}
