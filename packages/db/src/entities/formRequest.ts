import { CustomAttributeType, Entity } from 'electrodb';
import { FORM_KINDS, FORM_REQUEST_STATUSES, type FormAnswers, type FormScore, type FormSignature, type FormTemplate } from '@casefile/core';
import { clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

/**
 * A form sent to a client (or filled for them): a copy of the template asked, then, once submitted,
 * the answers, score, signature and the SHA-256 over them. Submitted is final: the submit is
 * conditioned on the request still being `sent`, and nothing writes the item afterwards.
 */
export const FormRequestEntity = new Entity({
  model: { entity: 'formRequest', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    formId: { type: 'string', required: true, readOnly: true },
    caseId: { type: 'string', required: true, readOnly: true },
    clientId: { type: 'string', required: true, readOnly: true },
    templateKey: { type: 'string', required: true, readOnly: true },
    templateName: { type: 'string', required: true, readOnly: true },
    kind: { type: FORM_KINDS, required: true, readOnly: true },
    template: { type: CustomAttributeType<FormTemplate>('any'), required: true, readOnly: true },
    appointmentId: { type: 'string', readOnly: true },
    status: { type: FORM_REQUEST_STATUSES, required: true },
    sentAt: { type: 'string', required: true, readOnly: true },
    expiresAt: { type: 'string', required: true, readOnly: true },
    submittedAt: { type: 'string' },
    filledBy: { type: ['client', 'staff'] as const },
    answers: { type: CustomAttributeType<FormAnswers>('any') },
    score: { type: CustomAttributeType<FormScore>('any') },
    signature: { type: CustomAttributeType<FormSignature>('any') },
    sha256: { type: 'string' },
    /** Which link opens the request: a re-sent link bumps it, and older links stop working. */
    linkSerial: { type: 'number' },
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'formId'] }, sk: { field: 'sk', composite: [] } },
    byCase: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['clinicId', 'caseId'] }, sk: { field: 'gsi1sk', composite: ['formId'] } },
  },
});
