import type { FormRequest } from '@casefile/core';
import { type RecordMeta, type RepositoryContext, stampNew, stampUpdate } from './context';
import { isConditionFailure } from './errors';
import { readOrThrow, type VersionedEntity } from './versionedWrite';

export type StoredFormRequest = FormRequest & RecordMeta & { clinicId: string };
type Submission = Required<Pick<StoredFormRequest, 'answers' | 'signature' | 'sha256' | 'submittedAt' | 'filledBy'>> & Pick<StoredFormRequest, 'score'>;

/** Form requests of case files and their one submission. */
export function createFormRequestRepository(ctx: RepositoryContext) {
  const { formRequest } = ctx.service.entities;
  const versioned: VersionedEntity = formRequest;
  const keysOf = (formId: string) => ({ clinicId: ctx.clinicId, formId });

  return {
    async create(input: Omit<StoredFormRequest, 'clinicId' | 'status' | 'version' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy'>): Promise<StoredFormRequest> {
      const item: StoredFormRequest = { ...input, clinicId: ctx.clinicId, status: 'sent', ...stampNew(ctx) };
      await formRequest.create(item).go();
      return item;
    },

    get: (formId: string) => readOrThrow<StoredFormRequest>(versioned, keysOf(formId), 'Form'),

    /** Writes the submission once: `conflict` when the form was already submitted (or changed) since it was read. */
    async submit(current: StoredFormRequest, submission: Submission): Promise<{ written: StoredFormRequest } | { conflict: true }> {
      const next: StoredFormRequest = { ...current, ...submission, status: 'submitted', ...stampUpdate(ctx, current) };
      try {
        await formRequest
          .put(next)
          .where((attributes, { eq }) => `${eq(attributes.version, current.version)} AND ${eq(attributes.status, 'sent')}`)
          .go();
        return { written: next };
      } catch (error) {
        if (isConditionFailure(error)) return { conflict: true };
        throw error;
      }
    },

    async listForCase(caseId: string): Promise<StoredFormRequest[]> {
      const result = await formRequest.query.byCase({ clinicId: ctx.clinicId, caseId }).go({ pages: 'all' });
      return result.data as StoredFormRequest[];
    },
  };
}
