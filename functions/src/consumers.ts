/**
 * The stream-consumer table: the single source of every DynamoDB stream consumer and its filter.
 * CDK turns each filter into event-source FilterCriteria; the local poller applies the same patterns
 * (Lambda event-filtering syntax) before calling the handler. Each consumer is one Lambda:
 * `functions/src/streams/<consumer>.ts` exports `handler`.
 */
import { AUDITED_ENTITY_TYPES, ROLLUP_SOURCE_ENTITIES, WEBHOOK_SOURCE_ENTITIES } from '@casefile/core';

/** A Lambda event filter pattern (the EventBridge pattern subset Lambda supports). */
export type FilterPattern = { [key: string]: FilterPattern | readonly unknown[] };

export interface StreamConsumerDefinition {
  consumer: 'audit' | 'notifications' | 'charges' | 'settlement' | 'waitlist' | 'rollups' | 'webhooks' | 'transfers' | 'recalls';
  description: string;
  /** A record is delivered when it matches any of these patterns. */
  filters: readonly FilterPattern[];
  batchSize: number;
}

/** ElectroDB writes the entity name into this attribute of every item. */
export const ENTITY_ATTRIBUTE = '__edb_e__';

export const STREAM_CONSUMERS: readonly StreamConsumerDefinition[] = [
  {
    consumer: 'audit',
    description: 'Writes an immutable audit event for every change to an audited entity.',
    filters: [
      { dynamodb: { NewImage: { [ENTITY_ATTRIBUTE]: { S: AUDITED_ENTITY_TYPES } } } },
      { eventName: ['REMOVE'], dynamodb: { OldImage: { [ENTITY_ATTRIBUTE]: { S: AUDITED_ENTITY_TYPES } } } },
      // A read of clinical content: the use case records the access, this consumer writes its audit event.
      { eventName: ['INSERT'], dynamodb: { NewImage: { [ENTITY_ATTRIBUTE]: { S: ['clinicalAccess'] } } } },
    ],
    batchSize: 100,
  },
  {
    consumer: 'notifications',
    description: 'Plans reminders and delayed notices as schedules, sends notices due now, runs reminder re-planning batches, and mails staff low-authorization alerts.',
    filters: [
      { dynamodb: { NewImage: { [ENTITY_ATTRIBUTE]: { S: ['appointment'] } } } },
      { dynamodb: { NewImage: { [ENTITY_ATTRIBUTE]: { S: ['caseBilling'] } } } },
      { dynamodb: { NewImage: { [ENTITY_ATTRIBUTE]: { S: ['replanJob'] }, done: { BOOL: [false] } } } },
    ],
    batchSize: 20,
  },
  {
    consumer: 'charges',
    description: 'Turns arrivals into charges split across payers, consumes authorized visits, applies No Show and late-cancellation fees, and undoes them on rollbacks.',
    filters: [{ dynamodb: { NewImage: { [ENTITY_ATTRIBUTE]: { S: ['appointment'] } } } }],
    batchSize: 20,
  },
  {
    consumer: 'settlement',
    description: "Moves a visit to Paid when all of its charges' invoices are paid, and back to Arrived when a refund reopens one.",
    filters: [{ dynamodb: { NewImage: { [ENTITY_ATTRIBUTE]: { S: ['invoice'] } } } }],
    batchSize: 20,
  },
  {
    consumer: 'waitlist',
    description: 'Offers time freed by a cancel, no-show, move, new or longer shift or removed block to matching waitlist entries, and withdraws offers of time taken again.',
    filters: [
      { dynamodb: { NewImage: { [ENTITY_ATTRIBUTE]: { S: ['appointment', 'shift', 'timeBlock'] } } } },
      { eventName: ['REMOVE'], dynamodb: { OldImage: { [ENTITY_ATTRIBUTE]: { S: ['timeBlock'] } } } },
    ],
    batchSize: 20,
  },
  {
    consumer: 'rollups',
    description: 'Adds each change of an appointment, charge, invoice or payment to the report rollups (day buckets), exactly once per record and bucket.',
    filters: [
      { dynamodb: { NewImage: { [ENTITY_ATTRIBUTE]: { S: ROLLUP_SOURCE_ENTITIES } } } },
      { eventName: ['REMOVE'], dynamodb: { OldImage: { [ENTITY_ATTRIBUTE]: { S: ROLLUP_SOURCE_ENTITIES } } } },
    ],
    batchSize: 100,
  },
  {
    consumer: 'webhooks',
    description: 'Turns changes of appointments, cases, invoices, payments and clients into webhook deliveries, and puts new or replayed deliveries on the delivery queue.',
    filters: [
      { dynamodb: { NewImage: { [ENTITY_ATTRIBUTE]: { S: WEBHOOK_SOURCE_ENTITIES } } } },
      { dynamodb: { NewImage: { [ENTITY_ATTRIBUTE]: { S: ['webhookDelivery'] }, needsEnqueue: { BOOL: [true] } } } },
    ],
    batchSize: 50,
  },
  {
    consumer: 'transfers',
    description: 'Runs the dry runs and the imports of CSV files batch by batch (each write of a checking or running import job runs its next batch) and builds full clinic exports.',
    filters: [
      { dynamodb: { NewImage: { [ENTITY_ATTRIBUTE]: { S: ['importJob'] }, status: { S: ['checking', 'running'] } } } },
      { dynamodb: { NewImage: { [ENTITY_ATTRIBUTE]: { S: ['exportJob'] }, status: { S: ['running'] } } } },
    ],
    batchSize: 1,
  },
  {
    consumer: 'recalls',
    description: "Plans a case's recalls again when one of its visits is booked, attended, moved or canceled (a booking satisfies them, an attended visit schedules the next), and runs the batches that re-plan every case after the recall rules are saved.",
    filters: [
      { dynamodb: { NewImage: { [ENTITY_ATTRIBUTE]: { S: ['appointment'] } } } },
      { dynamodb: { NewImage: { [ENTITY_ATTRIBUTE]: { S: ['recallReplanJob'] }, done: { BOOL: [false] } } } },
    ],
    batchSize: 20,
  },
];
