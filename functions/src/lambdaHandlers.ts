/** The shapes of our Lambda entry points: the event and the invocation context (which most ignore). */
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';

export type LambdaHandler<Event, Result> = (event: Event, context: Context) => Promise<Result>;
export type ApiHandler = LambdaHandler<APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2>;
export type StreamHandler = LambdaHandler<DynamoDBStreamEvent, DynamoDBBatchResponse>;
export type ScheduledHandler = LambdaHandler<unknown, unknown>;
