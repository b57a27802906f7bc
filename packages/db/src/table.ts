/**
 * The one definition of Casefile's single DynamoDB table. The CDK stack, the local runtime and the
 * test setup all create the table from this object; the ElectroDB entities name the same fields.
 */
export const TABLE_DEFINITION = {
  partitionKey: 'pk',
  sortKey: 'sk',
  globalIndexes: [
    { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    { name: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
    { name: 'gsi4', partitionKey: 'gsi4pk', sortKey: 'gsi4sk' },
  ],
  /** Epoch seconds; DynamoDB deletes expired items (idempotency records, rate-limit counters). */
  ttlAttribute: 'expiresAt',
  streamViewType: 'NEW_AND_OLD_IMAGES',
} as const;

export type TableDefinition = typeof TABLE_DEFINITION;
export type GlobalIndexName = TableDefinition['globalIndexes'][number]['name'];

export const DEFAULT_TABLE_NAME = 'casefile';

export function tableNameFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.TABLE_NAME ?? DEFAULT_TABLE_NAME;
}
