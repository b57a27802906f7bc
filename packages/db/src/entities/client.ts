import { Entity } from 'electrodb';
import { CLIENT_STATUSES } from '@casefile/core';
import { anyAttribute, clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

export const ClientEntity = new Entity({
  model: { entity: 'client', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    clientId: { type: 'string', required: true, readOnly: true },
    firstName: { type: 'string', required: true },
    lastName: { type: 'string', required: true },
    preferredName: { type: 'string' },
    dateOfBirth: { type: 'string' },
    gender: { type: 'string' },
    email: { type: 'string' },
    phone: { type: 'string' },
    mobilePhone: { type: 'string' },
    address: anyAttribute,
    alerts: anyAttribute,
    communication: anyAttribute,
    consent: anyAttribute,
    status: { type: CLIENT_STATUSES, required: true },
    /** Search keys, derived by the repository from the fields above (core's searchKeys). */
    sortName: { type: 'string', required: true },
    emailKey: { type: 'string' },
    phoneKey: { type: 'string' },
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'clientId'] }, sk: { field: 'sk', composite: [] } },
    /** The client and all of its case files in one Query. */
    clientFile: {
      index: 'gsi1',
      collection: 'clientFile',
      pk: { field: 'gsi1pk', composite: ['clinicId', 'clientId'] },
      sk: { field: 'gsi1sk', composite: [] },
    },
    byName: {
      index: 'gsi2',
      pk: { field: 'gsi2pk', composite: ['clinicId'] },
      sk: { field: 'gsi2sk', composite: ['sortName', 'clientId'] },
    },
    // Sparse: a client without an email (or phone) stores an empty key and has no entry in that index.
    byEmail: {
      index: 'gsi3',
      condition: (attributes) => Boolean(attributes.emailKey),
      pk: { field: 'gsi3pk', composite: ['clinicId', 'emailKey'] },
      sk: { field: 'gsi3sk', composite: ['clientId'] },
    },
    byPhone: {
      index: 'gsi4',
      condition: (attributes) => Boolean(attributes.phoneKey),
      pk: { field: 'gsi4pk', composite: ['clinicId', 'phoneKey'] },
      sk: { field: 'gsi4sk', composite: ['clientId'] },
    },
  },
});
