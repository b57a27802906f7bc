import { type Client, type FormRequest, NotFoundError } from '@casefile/core';
import { type RecordMeta, type RepositoryContext, stampNew, stampUpdate } from './context';
import { isConditionFailure } from './errors';
import { writeTransaction } from './transactionWrite';
import { readOrThrow, type VersionedEntity } from './versionedWrite';

/** `linkSerial`: the number of the only link that opens the request (absent: 0, the first). */
export type StoredFormRequest = FormRequest & RecordMeta & { clinicId: string; linkSerial?: number };
type Submission = Required<Pick<StoredFormRequest, 'answers' | 'signature' | 'sha256' | 'submittedAt' | 'filledBy'>> & Pick<StoredFormRequest, 'score'>;

/** The client's consent as decided from the client read at `clientVersion`, written with the submission. */
export interface ConsentWrite {
  clientId: string;
  clientVersion: number;
  consent: Client['consent'];
}

export type SubmitOutcome = { written: StoredFormRequest } | { conflict: 'form' | 'retry' };
export type ReissueOutcome = { written: StoredFormRequest } | { conflict: true };

/** Form requests of case files and their one submission. */
export function createFormRequestRepository(ctx: RepositoryContext) {
  const { formRequest } = ctx.service.entities;
  const versioned: VersionedEntity = formRequest;
  const keysOf = (formId: string) => ({ clinicId: ctx.clinicId, formId });

  /** `create` refuses an id that exists (attribute_not_exists). */
  async function create(input: Omit<StoredFormRequest, 'clinicId' | 'status' | 'version' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy'>): Promise<StoredFormRequest> {
    const item: StoredFormRequest = { ...input, clinicId: ctx.clinicId, status: 'sent', ...stampNew(ctx) };
    await formRequest.create(item).go();
    return item;
  }

  return {
    create,

    /** Creates a request under a deterministic id once; undefined when that id was written before (a repeat changes nothing). */
    async createOnce(input: Parameters<typeof create>[0]): Promise<StoredFormRequest | undefined> {
      try {
        return await create(input);
      } catch (error) {
        if (isConditionFailure(error)) return undefined;
        throw error;
      }
    },

    get: (formId: string) => readOrThrow<StoredFormRequest>(versioned, keysOf(formId), 'Form'),

    /**
     * Writes the submission once, and with it (one transaction) the consent it grants: `conflict: 'form'`
     * when the form was already submitted (or changed) since it was read; `'retry'` when only the client
     * changed since its consent was decided, or another transaction held an item (read both again).
     */
    async submit(current: StoredFormRequest, submission: Submission, consent?: ConsentWrite): Promise<SubmitOutcome> {
      const next: StoredFormRequest = { ...current, ...submission, status: 'submitted', ...stampUpdate(ctx, current) };
      const outcome = await writeTransaction(ctx, ({ formRequest: forms, client }) => [
        forms
          .put(next)
          .where((attributes, { eq }) => `${eq(attributes.version, current.version)} AND ${eq(attributes.status, 'sent')}`)
          .commit(),
        ...(consent
          ? [
              client
                .patch({ clinicId: ctx.clinicId, clientId: consent.clientId })
                .set({ consent: consent.consent, version: consent.clientVersion + 1, updatedAt: submission.submittedAt, updatedBy: ctx.actor })
                .where(({ version }, { eq }) => eq(version, consent.clientVersion))
                .commit(),
            ]
          : []),
      ]);
      if (outcome.written) return { written: next };
      return { conflict: outcome.codes[0] === 'ConditionalCheckFailed' ? 'form' : 'retry' };
    },

    /** Makes `linkSerial` the only link number that opens the request, if it is unchanged and still unsubmitted since read. */
    async reissueLink(current: StoredFormRequest, linkSerial: number): Promise<ReissueOutcome> {
      const next: StoredFormRequest = { ...current, linkSerial, ...stampUpdate(ctx, current) };
      try {
        await formRequest
          .patch(keysOf(current.formId))
          .set({ linkSerial, version: next.version, updatedAt: next.updatedAt, updatedBy: next.updatedBy })
          .where((attributes, { eq }) => `${eq(attributes.version, current.version)} AND ${eq(attributes.status, 'sent')}`)
          .go();
        return { written: next };
      } catch (error) {
        if (isConditionFailure(error)) return { conflict: true };
        throw error;
      }
    },

    /** The client's consent and the version it was read at: what a consent form's submission is decided from. */
    async clientConsent(clientId: string): Promise<Omit<ConsentWrite, 'clientId'>> {
      const stored = await ctx.service.entities.client.get({ clinicId: ctx.clinicId, clientId }).go();
      if (!stored.data) throw new NotFoundError('Client');
      return { clientVersion: stored.data.version, consent: stored.data.consent as Client['consent'] };
    },

    async listForCase(caseId: string): Promise<StoredFormRequest[]> {
      const result = await formRequest.query.byCase({ clinicId: ctx.clinicId, caseId }).go({ pages: 'all' });
      return result.data as StoredFormRequest[];
    },
  };
}
