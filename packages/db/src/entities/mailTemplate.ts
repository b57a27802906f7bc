import { Entity } from 'electrodb';
import { MESSAGE_KINDS } from '@casefile/core';
import { clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

/** A clinic's own template for one kind of message (SPEC N3); kinds without one use Casefile's default. */
export const MailTemplateEntity = new Entity({
  model: { entity: 'mailTemplate', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    kind: { type: MESSAGE_KINDS, required: true, readOnly: true },
    subject: { type: 'string', required: true },
    html: { type: 'string', required: true },
    text: { type: 'string', required: true },
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId'] }, sk: { field: 'sk', composite: ['kind'] } },
  },
});
