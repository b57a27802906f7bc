import { CustomAttributeType, Entity } from 'electrodb';
import { JOURNAL_SOURCES, type JournalLine } from '@casefile/core';
import { clinicIdAttribute, SERVICE } from './shared';

/**
 * A balanced journal entry (B6), one per money document, its lines inside. Written with
 * attribute_not_exists in the document's own transaction; never changed or deleted. A client's
 * entries are one Query (gsi1), which is what case, client and payer balances are read from.
 */
export const JournalEntryEntity = new Entity({
  model: { entity: 'journalEntry', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    entryId: { type: 'string', required: true, readOnly: true },
    clientId: { type: 'string', required: true, readOnly: true },
    caseIds: { type: 'list', items: { type: 'string' }, required: true },
    source: { type: JOURNAL_SOURCES, required: true },
    sourceId: { type: 'string', required: true },
    postedAt: { type: 'string', required: true },
    lines: { type: CustomAttributeType<JournalLine[]>('any'), required: true },
    createdBy: { type: 'string', required: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'entryId'] }, sk: { field: 'sk', composite: [] } },
    byClient: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['clinicId', 'clientId'] }, sk: { field: 'gsi1sk', composite: ['postedAt', 'entryId'] } },
  },
});
