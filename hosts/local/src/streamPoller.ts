/**
 * The local stand-in for Lambda's DynamoDB event source mappings: reads the table's stream on
 * DynamoDB Local shard by shard (parents before children), and hands each consumer of the consumer
 * table the records its filters select. `drain()` lets tests wait for delivery instead of sleeping.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  TrimmedDataAccessException,
  type DynamoDBStreamsClient,
  type Shard,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord } from 'aws-lambda';
import { STREAM_CONSUMERS, type StreamConsumerDefinition } from '@casefile/functions/consumers';
import { streamHandlers, type StreamHandler } from '@casefile/functions/handlers';
import { compileFilters } from './eventFilter';
import { createLocalDynamoDbClient, createLocalStreamsClient, localRegion } from './localClients';
import { deliverToConsumer, type ConsumerDelivery } from './streams/consumerDelivery';
import { toLambdaStreamRecord } from './streams/lambdaStreamRecord';
import { fileCheckpoints, noCheckpoints } from './streams/streamCheckpoints';
import { fileFailureStore } from './streams/streamFailureStore';

export interface StreamPollerOptions {
  endpoint: string;
  tableName: string;
  consumers?: readonly ConsumerDefinitionLike[];
  handlers?: Partial<Record<string, StreamHandler>>;
  /** Idle sleep between polls once caught up. */
  pollIntervalMs?: number;
  /** Resume after the last delivered record per shard across restarts. */
  checkpointFile?: string;
  /** Keep records the consumers gave up on here, for `npm run replay-failures`; without it they are only logged. */
  failureFile?: string;
  maxRetries?: number;
  retryDelayMs?: number;
  log?: (line: string) => void;
}

/** What the poller needs of a consumer-table row (tests pass their own consumer names). */
export interface ConsumerDefinitionLike {
  consumer: string;
  filters: StreamConsumerDefinition['filters'];
  batchSize: number;
}

export interface StreamPoller {
  /** Resolves once every record written before the call has been delivered (or sent to on-failure). */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

interface ShardState {
  shard: Shard;
  iterator?: string;
  lastSequenceNumber?: string;
  closed: boolean;
}

interface DrainWaiter {
  resolve: () => void;
  reject: (error: Error) => void;
  /** The cycle that must complete, started after drain() was called. */
  cycle: number;
}

const GET_RECORDS_LIMIT = 1000;

export function startStreamPoller(options: StreamPollerOptions): StreamPoller {
  const log = options.log ?? ((line: string) => console.log(`[streams] ${line}`));
  const pollIntervalMs = options.pollIntervalMs ?? 250;
  const failureStore = options.failureFile ? fileFailureStore(options.failureFile) : undefined;
  const deliveryOptions = {
    maxRetries: options.maxRetries ?? 2,
    retryDelayMs: options.retryDelayMs ?? 200,
    timeoutMs: 60_000,
    log,
    ...(failureStore ? { onFailure: (consumer: string, records: DynamoDBRecord[]) => failureStore.add({ consumer, records, at: new Date().toISOString() }) } : {}),
  };
  const deliveries = buildDeliveries(options.consumers ?? STREAM_CONSUMERS, options.handlers ?? streamHandlers, log);
  const checkpoints = options.checkpointFile ? fileCheckpoints(options.checkpointFile) : noCheckpoints;
  const dynamoDb = createLocalDynamoDbClient(options.endpoint);
  const streams = createLocalStreamsClient(options.endpoint);

  const shards = new Map<string, ShardState>();
  let streamArn: string | undefined;
  let savedPositions: Record<string, string> = {};
  let cycle = 0;
  let stopped = false;
  let wake: AbortController = new AbortController();
  const waiters: DrainWaiter[] = [];
  let lastFailure = '';

  async function runCycle(): Promise<void> {
    if (!streamArn) {
      streamArn = await findStreamArn(dynamoDb, options.tableName);
      savedPositions = await checkpoints.load(streamArn);
    }
    for (const shard of await listShards(streams, streamArn)) {
      if (shard.ShardId && !shards.has(shard.ShardId)) shards.set(shard.ShardId, { shard, closed: false });
    }
    for (const state of shards.values()) {
      const parent = state.shard.ParentShardId ? shards.get(state.shard.ParentShardId) : undefined;
      if (state.closed || (parent && !parent.closed)) continue;
      await readShard(streamArn, state);
    }
  }

  /** Reads one shard until it is caught up (an empty page) or closed. */
  async function readShard(arn: string, state: ShardState): Promise<void> {
    const shardId = state.shard.ShardId as string;
    while (!stopped) {
      state.iterator ??= await openIterator(arn, shardId, state.lastSequenceNumber ?? savedPositions[shardId]);
      let page;
      try {
        page = await streams.send(new GetRecordsCommand({ ShardIterator: state.iterator, Limit: GET_RECORDS_LIMIT }));
      } catch (error) {
        if (!(error instanceof ExpiredIteratorException)) throw error;
        state.iterator = undefined;
        continue;
      }
      const records = (page.Records ?? []).map((record) => toLambdaStreamRecord(record, arn, localRegion()));
      for (const delivery of deliveries) await deliverToConsumer(delivery, records, deliveryOptions);
      const last = records.at(-1)?.dynamodb?.SequenceNumber;
      if (last) {
        state.lastSequenceNumber = last;
        await checkpoints.save(arn, shardId, last);
      }
      state.iterator = page.NextShardIterator;
      if (!state.iterator) {
        state.closed = true;
        return;
      }
      if (records.length === 0) return;
    }
  }

  async function openIterator(arn: string, shardId: string, after: string | undefined): Promise<string | undefined> {
    if (after) {
      try {
        const { ShardIterator } = await streams.send(new GetShardIteratorCommand({ StreamArn: arn, ShardId: shardId, ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: after }));
        return ShardIterator;
      } catch (error) {
        if (!(error instanceof TrimmedDataAccessException)) throw error;
      }
    }
    const { ShardIterator } = await streams.send(new GetShardIteratorCommand({ StreamArn: arn, ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' }));
    return ShardIterator;
  }

  async function loop(): Promise<void> {
    while (!stopped) {
      cycle += 1;
      const current = cycle;
      let failed = false;
      try {
        await runCycle();
        lastFailure = '';
        settleWaiters(current);
      } catch (error) {
        // A table or stream that is not there yet, or DynamoDB Local restarting: say so once, retry.
        const failure = error instanceof Error ? error.name : typeof error;
        if (failure !== lastFailure) log(`polling failed (${failure}); retrying`);
        lastFailure = failure;
        failed = true;
      }
      if (stopped) break;
      // Waiting drains skip the idle sleep; a failing cycle never does, so it cannot spin.
      if (failed || waiters.length === 0) await sleep(pollIntervalMs, undefined, { signal: wake.signal }).catch(() => undefined);
      wake = new AbortController();
    }
  }

  function settleWaiters(completedCycle: number): void {
    for (const waiter of [...waiters]) {
      if (waiter.cycle <= completedCycle) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  }

  const running = loop();

  return {
    drain() {
      if (stopped) return Promise.reject(new Error('The stream poller is stopped.'));
      return new Promise<void>((resolve, reject) => {
        waiters.push({ resolve, reject, cycle: cycle + 1 });
        wake.abort();
      });
    },
    async stop() {
      stopped = true;
      wake.abort();
      await running;
      for (const waiter of waiters.splice(0)) waiter.reject(new Error('The stream poller stopped before draining.'));
      dynamoDb.destroy();
      streams.destroy();
    },
  };
}

function buildDeliveries(
  consumers: readonly ConsumerDefinitionLike[],
  handlers: Partial<Record<string, StreamHandler>>,
  log: (line: string) => void,
): ConsumerDelivery[] {
  return consumers.flatMap((definition) => {
    const handler = handlers[definition.consumer];
    if (!handler) {
      log(`${definition.consumer}: no handler yet, skipped`);
      return [];
    }
    return [{ consumer: definition.consumer, matches: compileFilters(definition.filters), batchSize: definition.batchSize, handler }];
  });
}

async function findStreamArn(client: DynamoDBClient, tableName: string): Promise<string> {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  if (!Table?.LatestStreamArn) throw Object.assign(new Error(`Table ${tableName} has no stream.`), { name: 'NoStreamError' });
  return Table.LatestStreamArn;
}

async function listShards(client: DynamoDBStreamsClient, streamArn: string): Promise<Shard[]> {
  const shards: Shard[] = [];
  let exclusiveStartShardId: string | undefined;
  do {
    const { StreamDescription } = await client.send(new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: exclusiveStartShardId }));
    shards.push(...(StreamDescription?.Shards ?? []));
    exclusiveStartShardId = StreamDescription?.LastEvaluatedShardId;
  } while (exclusiveStartShardId);
  return shards;
}
