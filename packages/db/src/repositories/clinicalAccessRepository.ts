import type { ClinicalAccess, ClinicalAccessAction } from '@casefile/core';
import type { StoredClinicalAccess } from '../entities/clinicalAccess';
import type { Page, PageRequest, RepositoryContext } from './context';
import { queryPage } from './paging';

export interface ClinicalRead {
  caseId: string;
  subjectType: StoredClinicalAccess['subjectType'];
  subjectId: string;
  action: ClinicalAccessAction;
}

/**
 * Reads of clinical content (P5). Each read is one immutable access entry on its case (the case's
 * access history); the audit consumer turns it into the read's audit event on the record read (its
 * trail, `GET /api/audit`), because only that consumer may write audit events (least privilege).
 */
export function createClinicalAccessRepository(ctx: RepositoryContext) {
  const { clinicalAccess } = ctx.service.entities;

  return {
    async recordRead(read: ClinicalRead): Promise<void> {
      const accessId = ctx.newId();
      const at = ctx.now().toISOString();
      // The content is shown only after this write succeeds: no read goes unrecorded.
      await clinicalAccess.create({ clinicId: ctx.clinicId, caseId: read.caseId, accessId, at, actor: ctx.actor, subjectType: read.subjectType, subjectId: read.subjectId, action: read.action }).go();
    },

    history(caseId: string, page: PageRequest): Promise<Page<Omit<ClinicalAccess, 'actorName'>>> {
      return queryPage(clinicalAccess.query.primary({ clinicId: ctx.clinicId, caseId }), page, (item) => item, 'desc');
    },
  };
}
