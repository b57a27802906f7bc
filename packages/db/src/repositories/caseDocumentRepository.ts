import type { CaseDocument } from '@casefile/core';
import { type RepositoryContext, stampNew, stampUpdate } from './context';
import { isConditionFailure } from './errors';
import { readOrThrow, type VersionedEntity } from './versionedWrite';

export type StoredCaseDocument = CaseDocument & { clinicId: string; objectKey: string; version: number };

/** Files on case files: the item that stands for an object in the documents bucket. */
export function createCaseDocumentRepository(ctx: RepositoryContext) {
  const { caseDocument } = ctx.service.entities;
  const versioned: VersionedEntity = caseDocument;
  const keysOf = (documentId: string) => ({ clinicId: ctx.clinicId, documentId });

  return {
    async announce(input: Omit<StoredCaseDocument, 'clinicId' | 'status' | 'uploadedAt' | 'version' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy'>): Promise<StoredCaseDocument> {
      const item: StoredCaseDocument = { ...input, clinicId: ctx.clinicId, status: 'pending', ...stampNew(ctx) };
      await caseDocument.create(item).go();
      return item;
    },

    get: (documentId: string) => readOrThrow<StoredCaseDocument>(versioned, keysOf(documentId), 'File'),

    /** Marks a pending document uploaded; `conflict` when it changed (or was confirmed) meanwhile. */
    async markUploaded(current: StoredCaseDocument): Promise<{ written: StoredCaseDocument } | { conflict: true }> {
      const next: StoredCaseDocument = { ...current, status: 'uploaded', uploadedAt: ctx.now().toISOString(), ...stampUpdate(ctx, current) };
      try {
        await caseDocument
          .put(next)
          .where((attributes, { eq }) => `${eq(attributes.version, current.version)} AND ${eq(attributes.status, 'pending')}`)
          .go();
        return { written: next };
      } catch (error) {
        if (isConditionFailure(error)) return { conflict: true };
        throw error;
      }
    },

    /** Every document of a case (a case holds at most a few hundred), oldest first. */
    async listForCase(caseId: string): Promise<StoredCaseDocument[]> {
      const result = await caseDocument.query.byCase({ clinicId: ctx.clinicId, caseId }).go({ pages: 'all' });
      return result.data as StoredCaseDocument[];
    },
  };
}
