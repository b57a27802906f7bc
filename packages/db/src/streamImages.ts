import { AUDITED_ENTITY_TYPES, type AuditEntityType } from '@casefile/core';
import { type StreamImage, unmarshallImage } from './entityImages';
import { TABLE_DEFINITION } from './table';

/** The id attribute of each audited entity. */
const ENTITY_ID_FIELD: Readonly<Record<AuditEntityType, string>> = {
  clinic: 'clinicId',
  location: 'locationId',
  discipline: 'disciplineId',
  member: 'memberId',
  client: 'clientId',
  caseFile: 'caseId',
  calendar: 'calendarId',
  session: 'sessionId',
  appointment: 'appointmentId',
  billingItem: 'billingItemId',
  charge: 'chargeId',
  invoice: 'invoiceId',
  payment: 'paymentId',
  noteTemplate: 'templateId',
  note: 'noteId',
  noteAddendum: 'addendumId',
  caseDocument: 'documentId',
  formRequest: 'formId',
};

const STORAGE_FIELDS = new Set<string>([
  TABLE_DEFINITION.partitionKey,
  TABLE_DEFINITION.sortKey,
  ...TABLE_DEFINITION.globalIndexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  '__edb_e__',
  '__edb_v__',
  'sortName',
  'emailKey',
  'phoneKey',
  'seriesKey',
  'appointmentKey',
  'openKey',
  'version',
]);

export interface AuditedImage {
  entityType: AuditEntityType;
  entityId: string;
  clinicId: string;
  /** The record's own fields, without keys and ElectroDB identifiers. */
  data: Record<string, unknown>;
}

/**
 * Reads a stream image as one of the audited entities. Checks ownership (ElectroDB's entity marker)
 * before parsing, and answers undefined for anything else in the table.
 */
export function readAuditedImage(image: StreamImage | undefined): AuditedImage | undefined {
  if (!image) return undefined;
  const item = unmarshallImage(image);
  const entityType = item.__edb_e__;
  if (typeof entityType !== 'string' || !(AUDITED_ENTITY_TYPES as readonly string[]).includes(entityType)) return undefined;
  const type = entityType as AuditEntityType;
  const entityId = item[ENTITY_ID_FIELD[type]];
  const clinicId = item.clinicId;
  if (typeof entityId !== 'string' || typeof clinicId !== 'string') return undefined;
  const data = Object.fromEntries(Object.entries(item).filter(([field]) => !STORAGE_FIELDS.has(field)));
  return { entityType: type, entityId, clinicId, data };
}
