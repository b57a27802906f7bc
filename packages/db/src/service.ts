import { Service } from 'electrodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { entities } from './entities/index';

export function createService(client: DynamoDBDocumentClient, table: string) {
  return new Service(entities, { client, table });
}

export type CasefileService = ReturnType<typeof createService>;
