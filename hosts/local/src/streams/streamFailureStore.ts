/**
 * The local on-failure destination of the stream consumers (Lambda's OnFailure SQS queue in AWS):
 * the records a consumer gave up on, kept whole in a JSON file until `npm run replay-failures`
 * hands them to the consumer again. Consumers are idempotent, so a replay of what did go through
 * changes nothing.
 */
import type { DynamoDBRecord } from 'aws-lambda';
import { readJsonFile, updateJsonFile } from '@casefile/adapters';

export interface StreamFailure {
  consumer: string;
  records: DynamoDBRecord[];
  /** When the consumer gave up, an ISO instant. */
  at: string;
}

type FailureFile = { failures: StreamFailure[] };
const EMPTY: FailureFile = { failures: [] };

export interface StreamFailureStore {
  add(failure: StreamFailure): Promise<void>;
  list(): Promise<StreamFailure[]>;
  /** Removes the given failures (after a successful replay), leaving any added meanwhile. */
  remove(done: readonly StreamFailure[]): Promise<void>;
}

export function fileFailureStore(filePath: string): StreamFailureStore {
  const keyOf = (failure: StreamFailure) => `${failure.consumer}|${failure.at}|${failure.records[0]?.dynamodb?.SequenceNumber ?? ''}`;
  return {
    async add(failure) {
      await updateJsonFile(filePath, EMPTY, ({ failures }) => ({ failures: [...failures, failure] }));
    },
    async list() {
      return (await readJsonFile(filePath, EMPTY)).failures;
    },
    async remove(done) {
      const keys = new Set(done.map(keyOf));
      await updateJsonFile(filePath, EMPTY, ({ failures }) => ({ failures: failures.filter((failure) => !keys.has(keyOf(failure))) }));
    },
  };
}
