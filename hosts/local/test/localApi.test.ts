import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createLocalDynamoDbClient } from '../src/localClients';
import { startTestApi } from '../../../test/setup/localApi';
import { dynamoEndpoint } from '../../../test/setup/fileDynamo';

const owner = { email: 'owner@example.com', clinicId: '01CLINIC', memberId: '01MEMBER', role: 'owner' };

describe('startTestApi', () => {
  it('serves the real handlers over HTTP with tokens from its issuer', async () => {
    const api = await startTestApi({ endpoint: await dynamoEndpoint() });
    try {
      const health = await fetch(`${api.baseUrl}/api/health`);
      const anonymous = await fetch(`${api.baseUrl}/api/clinic`);
      const signedIn = await fetch(`${api.baseUrl}/api/clinic`, { headers: { authorization: `Bearer ${await api.tokenFor(owner)}` } });

      expect(health.status).toBe(200);
      expect(anonymous.status).toBe(401);
      // The gateway lets the signed token through; the real handler then finds no such clinic in the table.
      expect(signedIn.status).toBe(401);
      expect(signedIn.headers.get('content-type')).toBe('application/problem+json');
      expect(anonymous.headers.get('content-type')).not.toBe('application/problem+json');
      expect(process.env.TABLE_NAME).toBe(api.tableName);
    } finally {
      await api.stop();
    }
  });

  it('lets a test wait for stream consumers with poller.drain()', async () => {
    const delivered: DynamoDBRecord[] = [];
    const endpoint = await dynamoEndpoint();
    const api = await startTestApi({
      endpoint,
      consumers: [{ consumer: 'audit', filters: [{ dynamodb: { NewImage: { __edb_e__: { S: ['client'] } } } }], batchSize: 10 }],
      streamHandlers: {
        audit: async (event) => {
          delivered.push(...event.Records);
          return { batchItemFailures: [] };
        },
      },
    });
    const client = createLocalDynamoDbClient(endpoint);
    try {
      await client.send(new PutItemCommand({ TableName: api.tableName, Item: { pk: { S: 'c' }, sk: { S: 'client#1' }, __edb_e__: { S: 'client' } } }));
      await client.send(new PutItemCommand({ TableName: api.tableName, Item: { pk: { S: 'c' }, sk: { S: 'note#1' }, __edb_e__: { S: 'note' } } }));

      await api.poller.drain();

      expect(delivered.map((record) => record.dynamodb?.Keys?.sk?.S)).toEqual(['client#1']);
    } finally {
      client.destroy();
      await api.stop();
    }
  });
});
