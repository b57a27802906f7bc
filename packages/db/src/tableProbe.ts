import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TABLE_DEFINITION } from './table';

/**
 * A key no item has, read to learn whether the table answers: one GetItem, no data returned, nothing
 * that needs more than the read grant every function has. The document client is used directly
 * because an ElectroDB Service rebinds the shared entities to its client.
 */
const PROBE_KEY = { [TABLE_DEFINITION.partitionKey]: '$health-probe', [TABLE_DEFINITION.sortKey]: '$health-probe' };

export type TableReachability = { reachable: true } | { reachable: false; errorName: string };

export async function probeTable(client: DynamoDBDocumentClient, tableName: string): Promise<TableReachability> {
  try {
    await client.send(new GetCommand({ TableName: tableName, Key: PROBE_KEY, ProjectionExpression: '#pk', ExpressionAttributeNames: { '#pk': TABLE_DEFINITION.partitionKey } }));
    return { reachable: true };
  } catch (error) {
    return { reachable: false, errorName: error instanceof Error ? error.name : typeof error };
  }
}
