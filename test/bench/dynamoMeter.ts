import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DynamoUsage {
  calls: number;
  capacityUnits: number;
  /** Items put, updated or deleted, counting each item of a transaction or batch. */
  itemsWritten: number;
  byCommand: Record<string, number>;
  /** Capacity consumed by each command, so that reads and writes can be told apart. */
  capacityByCommand: Record<string, number>;
}

export interface MeterOptions {
  /** Count a call only when this answers true as it starts (e.g. inside one consumer's invocation). */
  only?: () => boolean;
  /** Middleware names are unique per client: a second meter on one client needs a name of its own. */
  name?: string;
}

/**
 * Counts the DynamoDB calls a client makes and the capacity they consume, by asking DynamoDB
 * (Local) to report ConsumedCapacity on every request.
 */
export function meterDynamoDb(client: DynamoDBDocumentClient, options: MeterOptions = {}) {
  let usage: DynamoUsage = { calls: 0, capacityUnits: 0, itemsWritten: 0, byCommand: {}, capacityByCommand: {} };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (options.only && !options.only()) return next(args);
      const input = args.input as Record<string, unknown>;
      input.ReturnConsumedCapacity = 'TOTAL';
      const result = await next(args);
      const command = String(context.commandName ?? 'unknown').replace(/Command$/, '');
      usage.calls += 1;
      usage.byCommand[command] = (usage.byCommand[command] ?? 0) + 1;
      usage.itemsWritten += itemsWrittenBy(command, input);
      const consumed = (result.output as { ConsumedCapacity?: { CapacityUnits?: number } | { CapacityUnits?: number }[] }).ConsumedCapacity;
      for (const entry of Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) {
        usage.capacityUnits += entry.CapacityUnits ?? 0;
        usage.capacityByCommand[command] = (usage.capacityByCommand[command] ?? 0) + (entry.CapacityUnits ?? 0);
      }
      return result;
    },
    { step: 'initialize', name: options.name ?? 'casefileBenchMeter' },
  );
  return {
    reset: () => {
      usage = { calls: 0, capacityUnits: 0, itemsWritten: 0, byCommand: {}, capacityByCommand: {} };
    },
    read: (): DynamoUsage => usage,
  };
}

function itemsWrittenBy(command: string, input: Record<string, unknown>): number {
  if (command === 'TransactWrite' || command === 'TransactWriteItems') return (input.TransactItems as unknown[] | undefined)?.length ?? 0;
  if (command === 'BatchWrite' || command === 'BatchWriteItem') {
    return Object.values((input.RequestItems as Record<string, unknown[]> | undefined) ?? {}).reduce((sum, items) => sum + items.length, 0);
  }
  return ['Put', 'PutItem', 'Update', 'UpdateItem', 'Delete', 'DeleteItem'].includes(command) ? 1 : 0;
}

/** The commands that only read (Get, Query, Scan, BatchGet, TransactGet), as the document client and ElectroDB name them. */
export const READ_COMMANDS: readonly string[] = ['Get', 'GetItem', 'Query', 'Scan', 'BatchGet', 'BatchGetItem', 'TransactGet', 'TransactGetItems'];
