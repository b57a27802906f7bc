/** The documents bucket (SPEC K6): S3, or the local S3 twin when S3_ENDPOINT is set. */
import { createS3ObjectStorage, type ObjectStorage } from '@casefile/adapters/objectStorage/s3ObjectStorage';
import { lazyPort } from './lazyPort';

export type { ObjectStorage } from '@casefile/adapters/objectStorage/s3ObjectStorage';

export function objectStorageFromEnv(env: NodeJS.ProcessEnv = process.env): ObjectStorage {
  if (!env.DOCUMENTS_BUCKET) throw new Error('No documents bucket configured (DOCUMENTS_BUCKET).');
  const local = env.S3_ENDPOINT
    ? { endpoint: env.S3_ENDPOINT, credentials: { accessKeyId: env.S3_ACCESS_KEY_ID ?? 'S3RVER', secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? 'S3RVER' } }
    : {};
  return createS3ObjectStorage({ bucket: env.DOCUMENTS_BUCKET, region: env.AWS_REGION, ...local });
}

export const objectStorage = lazyPort(() => objectStorageFromEnv());
