import { CustomAttributeType, Entity, type EntityItem } from 'electrodb';
import { CONSENT_FLAGS, FORM_KINDS, type FormField, type FormTemplate } from '@casefile/core';
import { clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

/**
 * A clinic's own form template (K6). Requests copy the template at the revision they were sent on,
 * so a revision never changes a form a client was asked or signed.
 */
export const FormTemplateEntity = new Entity({
  model: { entity: 'formTemplate', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    templateId: { type: 'string', required: true, readOnly: true },
    name: { type: 'string', required: true },
    kind: { type: FORM_KINDS, required: true, readOnly: true },
    fields: { type: CustomAttributeType<FormField[]>('any'), required: true },
    scoring: { type: CustomAttributeType<NonNullable<FormTemplate['scoring']>>('any') },
    consentWording: { type: 'string', required: true },
    consentFlag: { type: CONSENT_FLAGS },
    active: { type: 'boolean', required: true },
    revision: { type: 'number', required: true },
    ...recordMetaAttributes,
  },
  indexes: {
    /** A clinic's templates: few, read together. */
    primary: { pk: { field: 'pk', composite: ['clinicId'] }, sk: { field: 'sk', composite: ['templateId'] } },
  },
});

export type StoredFormTemplate = EntityItem<typeof FormTemplateEntity>;
