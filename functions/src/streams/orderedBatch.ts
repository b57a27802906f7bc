import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { runtime } from '../runtime';

/**
 * A stream consumer's batch handler that takes the records in order. The first record that fails is
 * reported with everything after it, as Lambda's ReportBatchItemFailures expects for an ordered
 * stream, and logged by its error's names only (messages may quote stored values).
 */
export function inOrder(consumer: string, handleRecord: (record: DynamoDBRecord) => Promise<void>) {
  return async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    for (const [index, record] of event.Records.entries()) {
      try {
        await handleRecord(record);
      } catch (error) {
        runtime().logger.error(`${consumer} record failed`, {
          eventID: record.eventID,
          errorName: error instanceof Error ? error.name : 'unknown',
          causeName: error instanceof Error && error.cause instanceof Error ? error.cause.name : undefined,
        });
        return { batchItemFailures: event.Records.slice(index).map((failed) => ({ itemIdentifier: failed.dynamodb?.SequenceNumber ?? '' })) };
      }
    }
    return { batchItemFailures: [] };
  };
}
