import type { AuditEntityType, AuditEvent } from '@casefile/core';
import type { Page, PageRequest, RepositoryContext } from './context';
import { isConditionFailure } from './errors';
import { queryPage } from './paging';

export function createAuditRepository(ctx: Pick<RepositoryContext, 'service' | 'clinicId'>) {
  const { auditEvent } = ctx.service.entities;
  return {
    /**
     * Writes an audit event once: its id is derived from the stream record, and the write is
     * conditioned on the item not existing. Returns false when it was already there.
     */
    async record(event: Omit<AuditEvent, 'clinicId'>): Promise<boolean> {
      try {
        await auditEvent.create({ ...event, clinicId: ctx.clinicId }).go();
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    /** The trail of one entity, newest first. */
    trail(entityType: AuditEntityType, entityId: string, page: PageRequest): Promise<Page<AuditEvent>> {
      return queryPage(
        auditEvent.query.primary({ clinicId: ctx.clinicId, entityType, entityId }),
        page,
        (item) => item,
        'desc',
      );
    },
  };
}
