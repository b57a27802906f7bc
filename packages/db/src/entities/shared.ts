import { type Attribute, CustomAttributeType } from 'electrodb';

export const SERVICE = 'casefile';

/** Bookkeeping every stored record carries; `updatedBy` lets the audit consumer name the acting user. */
export const recordMetaAttributes = {
  createdAt: { type: 'string', required: true, readOnly: true },
  updatedAt: { type: 'string', required: true },
  createdBy: { type: 'string', required: true, readOnly: true },
  updatedBy: { type: 'string', required: true },
  /** Optimistic-concurrency counter: every write is conditioned on the version it read. */
  version: { type: 'number', required: true },
} as const satisfies Record<string, Attribute>;

export const clinicIdAttribute = { type: 'string', required: true, readOnly: true } as const satisfies Attribute;

/** A free-form JSON value (validated by core's zod schemas before it gets here). */
export const anyAttribute = { type: 'any' } as const satisfies Attribute;

/** Tax per tax code, minor units. */
export const taxByCodeAttribute = { type: CustomAttributeType<Record<string, number>>('any'), required: true } as const;
