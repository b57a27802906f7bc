/**
 * Starts one in-memory DynamoDB Local for the whole vitest run and hands its endpoint to the test
 * files (`inject('dynamoEndpoint')`); stops it by pid when the run ends.
 */
import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal, type DynamoDbLocal } from '../../packages/local/src/dynamoDbLocal';
import { isLocalRuntimeError } from '../../packages/local/src/errors';
import { findFreePort } from '../../packages/local/src/ports';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dynamoDb = await startOnFreePort();
  project.provide('dynamoEndpoint', dynamoDb.endpoint);
  // Forked workers may not see this; inject() is the reliable path.
  process.env.DYNAMODB_ENDPOINT = dynamoDb.endpoint;
  return () => dynamoDb.stop();
}

/** Another process may take the free port between the check and the start; try a few. */
async function startOnFreePort(attempts = 3): Promise<DynamoDbLocal> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startDynamoDbLocal({ port: await findFreePort() });
    } catch (error) {
      if (attempt >= attempts || !isLocalRuntimeError(error) || !/already in use/.test(error.message)) throw error;
    }
  }
}
