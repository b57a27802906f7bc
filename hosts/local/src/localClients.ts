/** SDK clients for the local twins; fixed dummy credentials so no credential chain is ever consulted. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';

const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

export function localRegion(): string {
  return process.env.AWS_REGION ?? 'us-east-1';
}

export function createLocalDynamoDbClient(endpoint: string, maxAttempts?: number): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: localRegion(), credentials: LOCAL_CREDENTIALS, ...(maxAttempts ? { maxAttempts } : {}) });
}

export function createLocalStreamsClient(endpoint: string): DynamoDBStreamsClient {
  return new DynamoDBStreamsClient({ endpoint, region: localRegion(), credentials: LOCAL_CREDENTIALS });
}
