import {
  type CaseFile,
  type CreateCase,
  decideCaseStatusChange,
  formatCaseLabel,
  type UpdateCase,
} from '@casefile/core';
import { type RepositoryContext, stampNew } from './context';
import { createClientRepository } from './clientRepository';
import { allocateInTransaction } from './sequenceAllocator';
import { patchVersioned, readOrThrow, type VersionedEntity } from './versionedWrite';

type StoredCase = CaseFile & { version: number };

export function createCaseRepository(ctx: RepositoryContext) {
  const { caseFile } = ctx.service.entities;
  const versioned: VersionedEntity = caseFile;
  const keysOf = (caseId: string) => ({ clinicId: ctx.clinicId, caseId });

  return {
    /**
     * Opens a case with the clinic's next case number. The number and the case are written in one
     * transaction, so numbers are unique and gapless however many cases are opened at once.
     */
    async create(clientId: string, input: CreateCase, caseNumberPrefix: string): Promise<CaseFile> {
      await createClientRepository(ctx).get(clientId);
      const caseId = ctx.newId();
      const meta = stampNew(ctx);
      return allocateInTransaction(ctx, 'caseNumber', (caseNumber, entities) => {
        const item: StoredCase = {
          ...input,
          ...keysOf(caseId),
          clientId,
          caseNumber,
          caseLabel: formatCaseLabel(caseNumberPrefix, caseNumber),
          status: 'open',
          statusChangedAt: meta.createdAt,
          ...meta,
        };
        return { item, operation: entities.caseFile.create(item).commit() };
      });
    },

    get: (caseId: string) => readOrThrow<CaseFile>(versioned, keysOf(caseId), 'Case file'),

    /** Several case files at once (BatchGetItem); ids not found are left out. */
    async getMany(caseIds: readonly string[]): Promise<CaseFile[]> {
      if (caseIds.length === 0) return [];
      const result = await caseFile.get(caseIds.map(keysOf)).go();
      return result.data.filter(Boolean) as CaseFile[];
    },

    update(caseId: string, patch: UpdateCase): Promise<CaseFile> {
      const { status, closingReason, ...fields } = patch;
      return patchVersioned<StoredCase>(ctx, versioned, keysOf(caseId), fields, 'Case file', (current, merged) => {
        const change = decideCaseStatusChange(current.status, status, closingReason);
        if (!change) return merged;
        const next: StoredCase = { ...merged, status: change.status, closingReason: change.closingReason };
        if (change.closingReason === undefined) delete next.closingReason;
        if (change.status !== current.status) next.statusChangedAt = ctx.now().toISOString();
        return next;
      });
    },
  };
}
