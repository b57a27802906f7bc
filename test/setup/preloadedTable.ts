/**
 * A test table that starts with items already in it, written before its stream is turned on, so the
 * stream (and the consumers reading it) begin after them: a world's starting state, not its history.
 */
import { BatchWriteItemCommand, CreateTableCommand, DescribeTableCommand, UpdateTableCommand, waitUntilTableExists, type AttributeValue, type DynamoDBClient, type WriteRequest } from '@aws-sdk/client-dynamodb';
import { setTimeout as sleep } from 'node:timers/promises';
import { createTableInput } from '../../packages/db/src/createTableInput';

const BATCH_SIZE = 25;
/** Batches in flight at once: DynamoDB Local parses and answers one while it writes another. */
const IN_FLIGHT = Number(process.env.CASEFILE_TEST_PRELOAD_IN_FLIGHT ?? 4);

export async function createPreloadedTable(client: DynamoDBClient, tableName: string, items: readonly Record<string, AttributeValue>[]): Promise<void> {
  const { StreamSpecification, ...withoutStream } = createTableInput(tableName);
  await client.send(new CreateTableCommand(withoutStream));
  await waitUntilTableExists({ client, maxWaitTime: 60, minDelay: 1, maxDelay: 2 }, { TableName: tableName });
  let next = 0;
  const writeBatches = async () => {
    for (let start = next; start < items.length; start = next) {
      next += BATCH_SIZE;
      let requests: WriteRequest[] = items.slice(start, start + BATCH_SIZE).map((Item) => ({ PutRequest: { Item } }));
      while (requests.length > 0) {
        const { UnprocessedItems } = await client.send(new BatchWriteItemCommand({ RequestItems: { [tableName]: requests } }));
        requests = UnprocessedItems?.[tableName] ?? [];
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, IN_FLIGHT) }, writeBatches));
  await client.send(new UpdateTableCommand({ TableName: tableName, StreamSpecification }));
  for (;;) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE' && Table.LatestStreamArn) return;
    await sleep(50);
  }
}
