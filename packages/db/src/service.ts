import { Service } from 'electrodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { entities } from './entities/index';

/**
 * The ElectroDB service over the table, with the client and table it was made with. Beware: ElectroDB
 * binds the client and table onto the shared module-level entity objects, so in one process the last
 * service created decides where every service's entity operations go. `documentClient` and
 * `tableName` stay this service's own (raw commands such as the rebuild's parallel Scan use them).
 */
export function createService(client: DynamoDBDocumentClient, table: string) {
  return Object.assign(new Service(entities, { client, table }), { documentClient: client, tableName: table });
}

export type CasefileService = ReturnType<typeof createService>;
