import { Entity } from 'electrodb';
import { SERVICE } from './shared';

/**
 * The one item not under a clinic's partition: which clinic a public booking address (slug) names.
 * Written with the clinic, in its transaction, so a slug names at most one clinic.
 */
export const ClinicSlugEntity = new Entity({
  model: { entity: 'clinicSlug', version: '1', service: SERVICE },
  attributes: {
    slug: { type: 'string', required: true, readOnly: true },
    clinicId: { type: 'string', required: true, readOnly: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['slug'] }, sk: { field: 'sk', composite: [] } },
  },
});
