import type { CreateSession, Session, UpdateSession } from '@casefile/core';
import { type Page, type PageRequest, type RepositoryContext, stampNew } from './context';
import { queryPage } from './paging';
import { createVersioned, patchVersioned, readOrThrow, type VersionedEntity } from './versionedWrite';

export function createSessionRepository(ctx: RepositoryContext) {
  const { session } = ctx.service.entities;
  const versioned = session as unknown as VersionedEntity;
  const keysOf = (sessionId: string) => ({ clinicId: ctx.clinicId, sessionId });
  return {
    list: (page: PageRequest): Promise<Page<Session>> => queryPage(session.query.primary({ clinicId: ctx.clinicId }) as never, page),
    get: (sessionId: string) => readOrThrow<Session>(versioned, keysOf(sessionId), 'Session'),
    create: (input: CreateSession) => createVersioned<Session>(versioned, { ...input, ...keysOf(ctx.newId()), ...stampNew(ctx) }, 'session'),
    update: (sessionId: string, patch: UpdateSession) =>
      patchVersioned<Session & { version: number }>(ctx, versioned, keysOf(sessionId), patch, 'Session'),
  };
}
