import type { ClinicalAccess, ClinicalAccessAction } from '@casefile/core';
import type { StoredClinicalAccess } from '../entities/clinicalAccess';
import type { Page, PageRequest, RepositoryContext } from './context';
import { queryPage } from './paging';
import { writeTransaction } from './transactionWrite';

export interface ClinicalRead {
  caseId: string;
  subjectType: StoredClinicalAccess['subjectType'];
  subjectId: string;
  action: ClinicalAccessAction;
}

/**
 * Reads of clinical content (P5). Each read is two immutable items written together: an audit event
 * on the record read (its trail, `GET /api/audit`) and an access entry on its case (the case's
 * access history).
 */
export function createClinicalAccessRepository(ctx: RepositoryContext) {
  const { clinicalAccess } = ctx.service.entities;

  return {
    async recordRead(read: ClinicalRead): Promise<void> {
      const accessId = ctx.newId();
      const at = ctx.now().toISOString();
      const outcome = await writeTransaction(ctx, ({ auditEvent, clinicalAccess: accesses }) => [
        auditEvent
          .create({ clinicId: ctx.clinicId, auditId: `read:${accessId}`, entityType: read.subjectType, entityId: read.subjectId, action: 'read', at, actor: ctx.actor, changes: {} })
          .commit(),
        accesses.create({ clinicId: ctx.clinicId, caseId: read.caseId, accessId, at, actor: ctx.actor, subjectType: read.subjectType, subjectId: read.subjectId, action: read.action }).commit(),
      ]);
      // Ids are new ULIDs, so only a transient conflict cancels: the read is not shown unrecorded.
      if (!outcome.written) throw new Error(`The read could not be recorded (${outcome.codes.join(', ')}).`);
    },

    history(caseId: string, page: PageRequest): Promise<Page<Omit<ClinicalAccess, 'actorName'>>> {
      return queryPage(clinicalAccess.query.primary({ clinicId: ctx.clinicId, caseId }), page, (item) => item, 'desc');
    },
  };
}
