import type { CreateSession, Session, UpdateSession } from '@casefile/core';
import { type Page, type PageRequest, type RepositoryContext, stampNew } from './context';
import { queryPage } from './paging';
import { createVersioned, patchVersioned, readOrThrow, type VersionedEntity } from './versionedWrite';

export function createSessionRepository(ctx: RepositoryContext) {
  const { session } = ctx.service.entities;
  const versioned: VersionedEntity = session;
  const keysOf = (sessionId: string) => ({ clinicId: ctx.clinicId, sessionId });
  return {
    list: (page: PageRequest): Promise<Page<Session>> => queryPage(session.query.primary({ clinicId: ctx.clinicId }), page),
    get: (sessionId: string) => readOrThrow<Session>(versioned, keysOf(sessionId), 'Session'),
    /** Several sessions at once; missing ids are left out. */
    async getMany(sessionIds: readonly string[]): Promise<Session[]> {
      if (sessionIds.length === 0) return [];
      const result = await session.get(sessionIds.map(keysOf)).go({ preserveBatchOrder: true });
      return result.data.filter((item): item is NonNullable<typeof item> => Boolean(item)) as Session[];
    },
    create: (input: CreateSession) => createVersioned<Session>(versioned, { ...input, ...keysOf(ctx.newId()), ...stampNew(ctx) }, 'session'),
    update: (sessionId: string, patch: UpdateSession) =>
      patchVersioned<Session & { version: number }>(ctx, versioned, keysOf(sessionId), patch, 'Session'),
  };
}
