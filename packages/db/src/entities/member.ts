import { Entity } from 'electrodb';
import { ROLES } from '@casefile/core';
import { anyAttribute, clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

export const MemberEntity = new Entity({
  model: { entity: 'member', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    memberId: { type: 'string', required: true, readOnly: true },
    firstName: { type: 'string', required: true },
    lastName: { type: 'string', required: true },
    email: { type: 'string', required: true, readOnly: true },
    phone: { type: 'string' },
    role: { type: ROLES, required: true },
    disciplineIds: { type: 'list', items: { type: 'string' }, required: true },
    title: { type: 'string' },
    registrationNumber: { type: 'string' },
    active: { type: 'boolean', required: true },
    notificationPreferences: anyAttribute,
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId'] }, sk: { field: 'sk', composite: ['memberId'] } },
    byEmail: {
      index: 'gsi1',
      pk: { field: 'gsi1pk', composite: ['clinicId', 'email'] },
      sk: { field: 'gsi1sk', composite: [] },
    },
  },
});
