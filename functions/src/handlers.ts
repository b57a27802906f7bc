/**
 * Every Lambda entry point by name, for the local runtime (which runs them in one process).
 * In AWS each is its own function, built from its own file.
 */
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import type { ApiFunctionName } from './routes';
import type { StreamConsumerDefinition } from './consumers';

export type ApiHandler = (event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;
export type StreamHandler = (event: DynamoDBStreamEvent, context: Context) => Promise<DynamoDBBatchResponse>;

// Filled in as the areas land; the local gateway answers 501 for a function not listed yet.
export const apiHandlers: Partial<Record<ApiFunctionName, ApiHandler>> = {};
export const streamHandlers: Partial<Record<StreamConsumerDefinition['consumer'], StreamHandler>> = {};
