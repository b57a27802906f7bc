import { CustomAttributeType, Entity, type EntityItem } from 'electrodb';
import type { RecallRule } from '@casefile/core';
import { clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

/** A clinic's recall rules (issue 18 item 2). One item per clinic. */
export const RecallSettingsEntity = new Entity({
  model: { entity: 'recallSettings', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    rules: { type: CustomAttributeType<RecallRule[]>('any'), required: true },
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId'] }, sk: { field: 'sk', composite: [] } },
  },
});

export type StoredRecallSettings = EntityItem<typeof RecallSettingsEntity>;
