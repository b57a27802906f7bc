import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteItemCommand, DeleteTableCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StreamHandler } from '@casefile/functions/handlers';
import { createLocalDynamoDbClient } from '../src/localClients';
import { startStreamPoller, type ConsumerDefinitionLike } from '../src/streamPoller';
import { ensureTable } from '../src/tableSetup';
import { dynamoEndpoint } from '../../../test/setup/fileDynamo';

const CONSUMERS: ConsumerDefinitionLike[] = [
  {
    consumer: 'audit',
    filters: [
      { dynamodb: { NewImage: { __edb_e__: { S: ['client', 'caseFile'] } } } },
      { eventName: ['REMOVE'], dynamodb: { OldImage: { __edb_e__: { S: ['client', 'caseFile'] } } } },
    ],
    batchSize: 2,
  },
  { consumer: 'notInHandlers', filters: [{ eventName: ['INSERT'] }], batchSize: 10 },
];

function recordingHandler() {
  const records: DynamoDBRecord[] = [];
  const handler: StreamHandler = async (event) => {
    records.push(...event.Records);
    return { batchItemFailures: [] };
  };
  return { records, handler };
}

describe('stream poller on DynamoDB Local', () => {
  let endpoint: string;
  const tableName = `poller-${randomUUID().slice(0, 8)}`;
  let client: DynamoDBClient;
  let folder: string;

  beforeAll(async () => {
    endpoint = await dynamoEndpoint();
    client = createLocalDynamoDbClient(endpoint);
    await ensureTable(client, tableName);
    folder = await mkdtemp(join(tmpdir(), 'poller-'));
  });
  afterAll(async () => {
    await client.send(new DeleteTableCommand({ TableName: tableName }));
    client.destroy();
    await rm(folder, { recursive: true, force: true });
  });

  const put = (sk: string, entity: string, extra: Record<string, { S: string }> = {}) =>
    client.send(new PutItemCommand({ TableName: tableName, Item: { pk: { S: 'clinic#1' }, sk: { S: sk }, __edb_e__: { S: entity }, ...extra } }));

  it('delivers exactly the records the filters select, in order, shaped like Lambda records', async () => {
    const audit = recordingHandler();
    const poller = startStreamPoller({ endpoint, tableName, consumers: CONSUMERS, handlers: { audit: audit.handler }, pollIntervalMs: 20, log: () => undefined });
    try {
      await put('client#1', 'client', { name: { S: 'Ann' } });
      await put('member#1', 'member');
      await put('case#1', 'caseFile');
      await put('client#1', 'client', { name: { S: 'Ann B' } });
      await client.send(new DeleteItemCommand({ TableName: tableName, Key: { pk: { S: 'clinic#1' }, sk: { S: 'member#1' } } }));
      await client.send(new DeleteItemCommand({ TableName: tableName, Key: { pk: { S: 'clinic#1' }, sk: { S: 'case#1' } } }));

      await poller.drain();

      expect(audit.records.map((record) => [record.eventName, record.dynamodb?.Keys?.sk?.S])).toEqual([
        ['INSERT', 'client#1'],
        ['INSERT', 'case#1'],
        ['MODIFY', 'client#1'],
        ['REMOVE', 'case#1'],
      ]);
      const modify = audit.records[2];
      expect(modify).toMatchObject({
        eventSource: 'aws:dynamodb',
        eventSourceARN: expect.stringContaining(`table/${tableName}/stream/`),
        dynamodb: {
          ApproximateCreationDateTime: expect.any(Number),
          NewImage: { name: { S: 'Ann B' } },
          OldImage: { name: { S: 'Ann' } },
          SequenceNumber: expect.any(String),
          StreamViewType: 'NEW_AND_OLD_IMAGES',
        },
      });
      expect(Number.isInteger(modify?.dynamodb?.ApproximateCreationDateTime)).toBe(true);
    } finally {
      await poller.stop();
    }
  });

  it('resumes after the last delivered record when given a checkpoint file', async () => {
    const checkpointFile = join(folder, 'checkpoints.json');
    const first = recordingHandler();
    const options = { endpoint, tableName, consumers: CONSUMERS, pollIntervalMs: 20, checkpointFile, log: () => undefined };
    const poller = startStreamPoller({ ...options, handlers: { audit: first.handler } });
    await poller.drain();
    await poller.stop();

    await put('client#2', 'client');
    const second = recordingHandler();
    const restarted = startStreamPoller({ ...options, handlers: { audit: second.handler } });
    try {
      await restarted.drain();

      expect(first.records.length).toBeGreaterThan(0);
      expect(second.records.map((record) => record.dynamodb?.Keys?.sk?.S)).toEqual(['client#2']);
    } finally {
      await restarted.stop();
    }
  });

  it('refuses to drain once stopped', async () => {
    const poller = startStreamPoller({ endpoint, tableName, consumers: [], pollIntervalMs: 20, log: () => undefined });
    await poller.stop();

    await expect(poller.drain()).rejects.toThrow(/stopped/);
  });
});
