/**
 * Reads a clinic item by item for a full export (SPEC P6), as stored (raw DynamoDB items, keys and
 * all), and writes such items back into another clinic. There is no clinic-wide index (every request
 * path is a Query by design), so the walk goes the way the data hangs together: the clinic's own
 * partition (settings, calendars, sessions, price list...), then each client's file (cases, visits,
 * billing, notes, documents, forms, messages) and the audit trail of every audited record met.
 * Export and restore are background or one-off work, never a request path of day-to-day use.
 */
import type { BatchWriteCommandInput, BatchWriteCommandOutput, GetCommandInput, GetCommandOutput, QueryCommandInput, QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { type AuditEntityType, CREDIT_NOTE_SEQUENCE, INVOICE_SEQUENCE } from '@casefile/core';
import { NotFoundError } from '@casefile/core';
import type { StoredExportJob } from '../entities/exportJob';
import type { RepositoryContext } from './context';
import { isConditionFailure } from './errors';

export type { StoredExportJob };

export type RawItem = Record<string, unknown>;

/** ElectroDB writes the entity name into this attribute of every item. */
export const RAW_ENTITY_ATTRIBUTE = '__edb_e__';

/** Work items of the clinic's own partition: neither exported nor restored. */
const WORK_ITEMS = new Set(['importJob', 'exportJob', 'replanJob', 'recallReplanJob']);
/** The clinic itself and its team (tied to sign-in identities): the target clinic keeps its own. */
const NOT_RESTORED = new Set(['clinic', 'member', ...WORK_ITEMS]);
const KEY_FIELDS = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'gsi4pk', 'gsi4sk', 'gsi5pk', 'gsi5sk'];

interface Params {
  params(): unknown;
}

/** The calls ElectroDB's client wrapper offers (the same for SDK v2 and v3 clients). */
interface ElectroClient {
  query(params: QueryCommandInput): { promise(): Promise<QueryCommandOutput> };
  get(params: GetCommandInput): { promise(): Promise<GetCommandOutput> };
  batchWrite(params: BatchWriteCommandInput): { promise(): Promise<BatchWriteCommandOutput> };
}

export function createExportRepository(ctx: RepositoryContext) {
  const { entities } = ctx.service;
  const clinicId = ctx.clinicId;
  // ElectroDB keeps its wrapper of the document client on each entity (not in its typings); the walk
  // sends ElectroDB's own key conditions (`.params()`) through it to read the items as stored, hidden
  // index keys included.
  const client = (entities.client as unknown as { client: ElectroClient }).client;

  async function query(operation: Params, withoutSortKey = false): Promise<RawItem[]> {
    const input = operation.params() as QueryCommandInput;
    if (withoutSortKey) {
      input.KeyConditionExpression = '#pk = :pk';
      input.ExpressionAttributeNames = { '#pk': input.ExpressionAttributeNames!['#pk']! };
      input.ExpressionAttributeValues = { ':pk': input.ExpressionAttributeValues![':pk'] };
    }
    const items: RawItem[] = [];
    let start: QueryCommandInput['ExclusiveStartKey'];
    do {
      const page = await client.query({ ...input, ...(start ? { ExclusiveStartKey: start } : {}) }).promise();
      items.push(...((page.Items ?? []) as RawItem[]));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }

  async function get(operation: Params): Promise<RawItem[]> {
    const result = await client.get(operation.params() as GetCommandInput).promise();
    return result.Item ? [result.Item as RawItem] : [];
  }

  // Types read from stored items: audited ones by construction (the callers pick audited entities).
  const auditOf = (entityType: string, entityId: string) => query(entities.auditEvent.query.primary({ clinicId, entityType: entityType as AuditEntityType, entityId }));

  return {
    async createJob(job: StoredExportJob): Promise<void> {
      await entities.exportJob.create(job).go();
    },

    async getJob(exportId: string): Promise<StoredExportJob> {
      const result = await entities.exportJob.get({ clinicId, exportId }).go({ consistent: true });
      if (!result.data) throw new NotFoundError('Export');
      return result.data;
    },

    /** Saves the finished job if it is still running; false when another run finished it first. */
    async finishJob(next: StoredExportJob): Promise<boolean> {
      try {
        await entities.exportJob.put(next).where(({ status }, { eq }) => eq(status, 'running')).go();
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    /** Everything in the clinic's own partition: the clinic, its settings, calendars, sessions, price list, templates. */
    async clinicItems(): Promise<RawItem[]> {
      const own = (await query(entities.location.query.primary({ clinicId }), true)).filter((item) => !WORK_ITEMS.has(item[RAW_ENTITY_ATTRIBUTE] as string));
      const sequences = await Promise.all(['caseNumber', INVOICE_SEQUENCE, CREDIT_NOTE_SEQUENCE].map((name) => get(entities.sequence.get({ clinicId, name }))));
      const audited = await Promise.all(
        own.filter((item) => ['clinic', 'location', 'discipline', 'member', 'calendar', 'session', 'billingItem', 'noteTemplate'].includes(item[RAW_ENTITY_ATTRIBUTE] as string)).map((item) => {
          const type = item[RAW_ENTITY_ATTRIBUTE] as string;
          const id = item[`${type === 'noteTemplate' ? 'template' : type}Id`] as string | undefined;
          return id ? auditOf(type, id) : Promise.resolve([]);
        }),
      );
      return [...own, ...sequences.flat(), ...audited.flat()];
    },

    /** The clinic's client ids, by name. */
    async clientIds(): Promise<string[]> {
      const result = await entities.client.query.byName({ clinicId }).go({ pages: 'all', attributes: ['clientId'] });
      return result.data.map((item) => item.clientId);
    },

    /** One client's file, every item of it, with the audit trail of each audited record. */
    async clientItems(clientId: string): Promise<RawItem[]> {
      const [file, appointments, invoices, payments, journal, account] = await Promise.all([
        query(ctx.service.collections.clientFile({ clinicId, clientId })),
        query(entities.appointment.query.byClient({ clinicId, clientId })),
        query(entities.invoice.query.byClient({ clinicId, clientId })),
        query(entities.payment.query.byClient({ clinicId, clientId })),
        query(entities.journalEntry.query.byClient({ clinicId, clientId })),
        get(entities.clientAccount.get({ clinicId, clientId })),
      ]);
      const caseIds = file.filter((item) => item[RAW_ENTITY_ATTRIBUTE] === 'caseFile').map((item) => item.caseId as string);
      const perCase = await Promise.all(
        caseIds.map(async (caseId) => {
          const [billing, charges, documents, notes, forms, messages] = await Promise.all([
            get(entities.caseBilling.get({ clinicId, caseId })),
            query(entities.charge.query.byCase({ clinicId, caseId })),
            query(entities.caseDocument.query.byCase({ clinicId, caseId })),
            query(entities.note.query.byCase({ clinicId, caseId })),
            query(entities.formRequest.query.byCase({ clinicId, caseId })),
            query(entities.communicationEntry.query.primary({ clinicId, caseId })),
          ]);
          const addenda = await Promise.all(notes.map((note) => query(entities.noteAddendum.query.primary({ clinicId, noteId: note.noteId as string }))));
          return [...billing, ...charges, ...documents, ...notes, ...addenda.flat(), ...forms, ...messages];
        }),
      );
      const perAppointment = await Promise.all(
        appointments.map(async (appointment) => {
          const appointmentId = appointment.appointmentId as string;
          const calendars = [appointment.calendarId as string, ...((appointment.resourceCalendarIds as string[] | undefined) ?? [])];
          const [billing, records, ...occupancy] = await Promise.all([
            get(entities.appointmentBilling.get({ clinicId, appointmentId })),
            query(entities.notificationRecord.query.primary({ clinicId, appointmentId })),
            ...calendars.map((calendarId) => get(entities.occupancy.get({ clinicId, calendarId, start: appointment.start as string, appointmentId }))),
          ]);
          return [...billing!, ...records!, ...occupancy.flat()];
        }),
      );
      const items = [...file, ...appointments, ...invoices, ...payments, ...journal, ...account, ...perCase.flat(), ...perAppointment.flat()];
      const audits = await Promise.all(items.flatMap((item) => auditTarget(item)).map(([type, id]) => auditOf(type, id)));
      return [...items, ...audits.flat()];
    },

    /**
     * Writes items exported from another clinic into this one: the clinic id is replaced in every key
     * and attribute that holds it; ids stay as they were (ULIDs, unique across clinics). Settings,
     * members and work items of the source clinic are left out.
     */
    async restore(items: readonly RawItem[], sourceClinicId: string): Promise<number> {
      // One write per key: a batch may not name an item twice.
      const byKey = new Map(items.map((item) => [`${String(item.pk)}|${String(item.sk)}`, item]));
      // The audit trails of what is not restored stay behind with it.
      const kept = [...byKey.values()].filter((item) => !NOT_RESTORED.has(item[RAW_ENTITY_ATTRIBUTE] as string) && !NOT_RESTORED.has(item.entityType as string));
      const rewritten = kept.map((item) => rewriteClinic(item, sourceClinicId, clinicId));
      for (let index = 0; index < rewritten.length; index += 25) {
        let requests: Record<string, { PutRequest: { Item: RawItem } }[]> = { [tableOf(entities)]: rewritten.slice(index, index + 25).map((Item) => ({ PutRequest: { Item } })) };
        for (let attempt = 0; Object.keys(requests).length > 0 && attempt < 10; attempt++) {
          const result = await client.batchWrite({ RequestItems: requests }).promise();
          requests = (result.UnprocessedItems ?? {}) as typeof requests;
        }
      }
      return rewritten.length;
    },
  };
}

function tableOf(entities: RepositoryContext['service']['entities']): string {
  return (entities.client.query.primary({ clinicId: '', clientId: '' }).params() as { TableName: string }).TableName;
}

/** The audit trail an item has, as [entity type, id], when its entity is audited. */
function auditTarget(item: RawItem): [string, string][] {
  const type = item[RAW_ENTITY_ATTRIBUTE] as string;
  const idField: Record<string, string> = { client: 'clientId', caseFile: 'caseId', appointment: 'appointmentId', charge: 'chargeId', invoice: 'invoiceId', payment: 'paymentId', note: 'noteId', noteAddendum: 'addendumId', caseDocument: 'documentId', formRequest: 'formId' };
  const field = idField[type];
  const id = field ? item[field] : undefined;
  return typeof id === 'string' ? [[type, id]] : [];
}

function rewriteClinic(item: RawItem, from: string, to: string): RawItem {
  const next: RawItem = { ...item, clinicId: to };
  const lowerFrom = `clinicid_${from.toLowerCase()}`;
  const lowerTo = `clinicid_${to.toLowerCase()}`;
  for (const field of KEY_FIELDS) {
    const value = next[field];
    if (typeof value === 'string') next[field] = value.split(lowerFrom).join(lowerTo).split(from).join(to);
  }
  return next;
}

export type ExportRepository = ReturnType<typeof createExportRepository>;
