import { Entity } from 'electrodb';
import { clinicIdAttribute, SERVICE } from './shared';

/**
 * A client's credit, kept in step with the `credit:<client>` ledger account by the same transactions.
 * It exists so that spending credit can be conditioned on what is there (no overdraft under concurrency).
 */
export const ClientAccountEntity = new Entity({
  model: { entity: 'clientAccount', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    clientId: { type: 'string', required: true, readOnly: true },
    creditMinor: { type: 'number', required: true },
    version: { type: 'number', required: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'clientId'] }, sk: { field: 'sk', composite: [] } },
  },
});
