/** The last delivered sequence number per shard, kept in a file so a restart resumes instead of replaying. */
import { readJsonFile, updateJsonFile } from '@casefile/adapters';

type CheckpointFile = Record<string, Record<string, string>>;

export interface StreamCheckpoints {
  load(streamArn: string): Promise<Record<string, string>>;
  save(streamArn: string, shardId: string, sequenceNumber: string): Promise<void>;
}

export function fileCheckpoints(filePath: string): StreamCheckpoints {
  return {
    async load(streamArn) {
      return (await readJsonFile<CheckpointFile>(filePath, {}))[streamArn] ?? {};
    },
    async save(streamArn, shardId, sequenceNumber) {
      // Only the current stream is kept: an older stream's table is gone.
      await updateJsonFile<CheckpointFile>(filePath, {}, (file) => ({ [streamArn]: { ...file[streamArn], [shardId]: sequenceNumber } }));
    },
  };
}

/** Without a file every start reads from the trim horizon (consumers are idempotent). */
export const noCheckpoints: StreamCheckpoints = {
  load: async () => ({}),
  save: async () => undefined,
};
