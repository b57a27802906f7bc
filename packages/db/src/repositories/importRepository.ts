/**
 * Storage of CSV imports (SPEC P6): the job item, the claims of external ids, and the rows of a batch
 * written as transactions. Each imported record is written with a `uniqueValue` claim of its external
 * id (`import:<kind>`, conditioned on not existing) in the same transaction, so a re-run, a redelivered
 * batch or two runs at once never create a record twice. The use case decides what to write.
 */
import { type CaseFile, type CreateClient, formatCaseLabel, type ImportKind, NotFoundError, type Payer } from '@casefile/core';
import type { StoredImportJob } from '../entities/importJob';
import type { StoredAppointment } from '../entities/appointment';
import { occupancyItem, type CalendarDayKey, dayKey } from './appointmentRepository';
import { withSearchKeys } from './clientRepository';
import { type RepositoryContext, stampNew } from './context';
import { isConditionFailure } from './errors';
import { allocateInTransaction } from './sequenceAllocator';
import { inWaves } from './transactionWaves';
import { pause, type TransactionEntities, type TransactionOutcome, writeTransaction } from './transactionWrite';

export type { StoredImportJob };

export interface ImportedClient {
  externalId: string;
  clientId: string;
  client: CreateClient;
}

export interface ImportedCase {
  externalId: string;
  caseId: string;
  clientId: string;
  fields: Pick<CaseFile, 'caseType' | 'intakeDate' | 'status'> & Partial<Pick<CaseFile, 'title' | 'dateOfInjury'>>;
  payers: Payer[];
}

export interface ImportedAppointment {
  externalId: string;
  appointment: StoredAppointment;
  /** The billing episode the old system settled: stored as done, so no charge follows. */
  billedEpisode?: 'arrival' | 'no_show' | 'late_cancel' | undefined;
}

/** What became of each row of a batch, by external id. */
export type RowOutcome = 'created' | 'existing';

/** Rows per transaction: each writes up to 4 items, DynamoDB takes 100 per transaction. */
const ROWS_PER_TRANSACTION = { clients: 45, cases: 30, appointments: 20 } as const;
/**
 * Transactions of one batch in flight at once. Cases stay one at a time: each takes the next case
 * numbers of the clinic's one counter, so parallel ones would only race for it.
 */
const TRANSACTIONS_IN_FLIGHT = { clients: 4, cases: 1, appointments: 4 } as const;
/** Tries of a transaction canceled by a conflict with another one (an online booking of the same day). */
const CONFLICT_ATTEMPTS = 20;

/** How one transaction of rows ended. */
type ChunkWrite = 'written' | 'claimTaken' | 'conflict';

function chunkWriteOf(outcome: TransactionOutcome): ChunkWrite {
  if (outcome.written) return 'written';
  return outcome.codes.includes('TransactionConflict') ? 'conflict' : 'claimTaken';
}

class ClaimTaken extends Error {
  override name = 'ClaimTaken';
}

export function createImportRepository(ctx: RepositoryContext) {
  const { importJob, uniqueValue } = ctx.service.entities;
  const claimKind = (kind: ImportKind) => `import:${kind}`;
  const claim = (entities: TransactionEntities, kind: ImportKind, externalId: string, ownerId: string) =>
    entities.uniqueValue.create({ clinicId: ctx.clinicId, kind: claimKind(kind), value: externalId, ownerId }).commit();

  /** Writes one transaction again while another one holds its items; a conflict that outlasts the tries fails the batch (its stream record is retried, and the rows written are found by their claims). */
  async function writeRetryingConflicts<R>(rows: readonly R[], write: (chunk: readonly R[]) => Promise<ChunkWrite>): Promise<'written' | 'claimTaken'> {
    for (let attempt = 1; ; attempt++) {
      const result = await write(rows);
      if (result !== 'conflict') return result;
      if (attempt >= CONFLICT_ATTEMPTS) throw new Error(`An import transaction kept conflicting with other writes (${attempt} tries).`);
      await pause(Math.random() * Math.min(250, 10 * attempt));
    }
  }

  /**
   * Writes rows chunk by chunk, a few chunks in flight (never two holding the same shared item); a chunk
   * that fails on a claim (another run got there first) is written again row by row, so one taken id
   * costs only its own row.
   */
  async function writeChunks<R extends { externalId: string }>(
    kind: ImportKind,
    rows: readonly R[],
    write: (chunk: readonly R[]) => Promise<ChunkWrite>,
    sharedKeysOf: (chunk: readonly R[]) => readonly string[] = () => [],
  ): Promise<Map<string, RowOutcome>> {
    const outcomes = new Map<string, RowOutcome>();
    const size = ROWS_PER_TRANSACTION[kind];
    const chunks: R[][] = [];
    for (let index = 0; index < rows.length; index += size) chunks.push(rows.slice(index, index + size));
    const writeChunk = async (chunk: readonly R[]) => {
      if ((await writeRetryingConflicts(chunk, write)) === 'written') {
        for (const row of chunk) outcomes.set(row.externalId, 'created');
        return;
      }
      for (const row of chunk) outcomes.set(row.externalId, (await writeRetryingConflicts([row], write)) === 'written' ? 'created' : 'existing');
    };
    for (const wave of inWaves(chunks, TRANSACTIONS_IN_FLIGHT[kind], sharedKeysOf)) await Promise.all(wave.map(writeChunk));
    return outcomes;
  }

  return {
    async create(job: StoredImportJob): Promise<void> {
      await importJob.create(job).go();
    },

    async get(importId: string): Promise<StoredImportJob> {
      const result = await importJob.get({ clinicId: ctx.clinicId, importId }).go({ consistent: true });
      if (!result.data) throw new NotFoundError('Import');
      return result.data;
    },

    /** The clinic's imports, newest first. */
    async list(limit: number): Promise<StoredImportJob[]> {
      const result = await importJob.query.primary({ clinicId: ctx.clinicId }).go({ order: 'desc', limit });
      return result.data;
    },

    /** Saves the job's next state if it is still at the batch count read; false when someone else moved it on. */
    async advance(read: StoredImportJob, next: StoredImportJob): Promise<boolean> {
      try {
        await importJob.put(next).where(({ batches }, { eq }) => eq(batches, read.batches)).go();
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    /** The records already imported under these external ids (BatchGetItem, its 100-key pages read in parallel): external id -> record id. */
    async claimed(kind: ImportKind, externalIds: readonly string[]): Promise<Map<string, string>> {
      const unique = [...new Set(externalIds)];
      if (unique.length === 0) return new Map();
      const result = await uniqueValue.get(unique.map((value) => ({ clinicId: ctx.clinicId, kind: claimKind(kind), value }))).go({ consistent: true, concurrency: 5 });
      return new Map(result.data.filter(Boolean).map((item) => [item!.value, item!.ownerId]));
    },

    writeClients(rows: readonly ImportedClient[]): Promise<Map<string, RowOutcome>> {
      const meta = stampNew(ctx);
      return writeChunks('clients', rows, async (chunk) => {
        const outcome = await writeTransaction(ctx, (entities) =>
          chunk.flatMap((row) => [
            claim(entities, 'clients', row.externalId, row.clientId),
            entities.client.create(withSearchKeys({ ...row.client, clinicId: ctx.clinicId, clientId: row.clientId, ...meta })).commit(),
          ]),
        );
        return chunkWriteOf(outcome);
      });
    },

    /** Cases take the clinic's next case numbers in the same transaction, as opening one by hand does. */
    writeCases(rows: readonly ImportedCase[], caseNumberPrefix: string): Promise<Map<string, RowOutcome>> {
      const meta = stampNew(ctx);
      return writeChunks('cases', rows, async (chunk) => {
        try {
          await allocateInTransaction(
            ctx,
            { name: 'caseNumber', count: chunk.length },
            (first, entities) => ({
              item: true,
              operations: chunk.flatMap((row, offset) => [
                claim(entities, 'cases', row.externalId, row.caseId),
                entities.caseFile
                  .create({
                    ...row.fields,
                    clinicId: ctx.clinicId,
                    caseId: row.caseId,
                    clientId: row.clientId,
                    caseNumber: first + offset,
                    caseLabel: formatCaseLabel(caseNumberPrefix, first + offset),
                    assignedProviderIds: [],
                    contacts: [],
                    statusChangedAt: meta.createdAt,
                    ...meta,
                  })
                  .commit(),
                ...(row.payers.length > 0
                  ? [entities.caseBilling.create({ clinicId: ctx.clinicId, caseId: row.caseId, clientId: row.clientId, payers: row.payers, authorizations: [], ...meta }).commit()]
                  : []),
              ]),
            }),
            () => new ClaimTaken(),
          );
          return 'written';
        } catch (error) {
          if (error instanceof ClaimTaken) return 'claimTaken';
          throw error;
        }
      });
    },

    /**
     * Appointments with their occupancy, and a bump of every calendar day they touch (unconditional, as
     * staff bookings are) in the same transaction, so online booking sees them at once: the
     * double-booking guard holds however many of these transactions run at once.
     */
    writeAppointments(rows: readonly ImportedAppointment[], daysOf: (appointment: StoredAppointment) => CalendarDayKey[]): Promise<Map<string, RowOutcome>> {
      const meta = stampNew(ctx);
      const daysOfChunk = (chunk: readonly ImportedAppointment[]) => [...new Map(chunk.flatMap((row) => daysOf(row.appointment)).map((day) => [dayKey(day), day])).values()];
      const write = async (chunk: readonly ImportedAppointment[]): Promise<ChunkWrite> => {
        const days = daysOfChunk(chunk);
        const outcome = await writeTransaction(ctx, (entities) => [
          ...chunk.flatMap((row) => {
            const appointment = row.appointment;
            return [
              claim(entities, 'appointments', row.externalId, appointment.appointmentId),
              entities.appointment.create({ ...appointment, seriesKey: '' }).commit(),
              ...[appointment.calendarId, ...appointment.resourceCalendarIds].map((calendarId) => entities.occupancy.put(occupancyItem(ctx.clinicId, appointment, calendarId)).commit()),
              ...(row.billedEpisode
                ? [
                    entities.appointmentBilling
                      .create({
                        clinicId: ctx.clinicId,
                        appointmentId: appointment.appointmentId,
                        active: { kind: row.billedEpisode, key: `import:${appointment.statusChangedAt}`, chargeIds: [], authorizations: [] },
                        history: [],
                        ...meta,
                      })
                      .commit(),
                  ]
                : []),
            ];
          }),
          ...days.map((day) => entities.calendarDay.update({ clinicId: ctx.clinicId, ...day }).add({ version: 1 }).commit()),
        ]);
        return chunkWriteOf(outcome);
      };
      // Transactions in flight at once never bump the same calendar day: they would only cancel each other.
      return writeChunks('appointments', rows, write, (chunk) => daysOfChunk(chunk).map(dayKey));
    },
  };
}

export type ImportRepository = ReturnType<typeof createImportRepository>;
