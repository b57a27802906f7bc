import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DynamoUsage {
  calls: number;
  capacityUnits: number;
  /** Items put, updated or deleted, counting each item of a transaction or batch. */
  itemsWritten: number;
  byCommand: Record<string, number>;
}

/**
 * Counts the DynamoDB calls a client makes and the capacity they consume, by asking DynamoDB
 * (Local) to report ConsumedCapacity on every request.
 */
export function meterDynamoDb(client: DynamoDBDocumentClient) {
  let usage: DynamoUsage = { calls: 0, capacityUnits: 0, itemsWritten: 0, byCommand: {} };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as Record<string, unknown>;
      input.ReturnConsumedCapacity = 'TOTAL';
      const result = await next(args);
      const command = String(context.commandName ?? 'unknown').replace(/Command$/, '');
      usage.calls += 1;
      usage.byCommand[command] = (usage.byCommand[command] ?? 0) + 1;
      usage.itemsWritten += itemsWrittenBy(command, input);
      const consumed = (result.output as { ConsumedCapacity?: { CapacityUnits?: number } | { CapacityUnits?: number }[] }).ConsumedCapacity;
      for (const entry of Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) usage.capacityUnits += entry.CapacityUnits ?? 0;
      return result;
    },
    { step: 'initialize', name: 'casefileBenchMeter' },
  );
  return {
    reset: () => {
      usage = { calls: 0, capacityUnits: 0, itemsWritten: 0, byCommand: {} };
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
