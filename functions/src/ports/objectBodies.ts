/** Whole-object reads and writes in the documents bucket (import files, clinic exports): S3, or the local S3 twin when S3_ENDPOINT is set. */
import { createS3ObjectBodies, type ObjectBodies } from '@casefile/adapters/objectStorage/s3ObjectBodies';
import { lazyPort } from './lazyPort';

export type { ObjectBodies } from '@casefile/adapters/objectStorage/s3ObjectBodies';

export function objectBodiesFromEnv(env: NodeJS.ProcessEnv = process.env): ObjectBodies {
  if (!env.DOCUMENTS_BUCKET) throw new Error('No documents bucket configured (DOCUMENTS_BUCKET).');
  const local = env.S3_ENDPOINT
    ? { endpoint: env.S3_ENDPOINT, credentials: { accessKeyId: env.S3_ACCESS_KEY_ID ?? 'S3RVER', secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? 'S3RVER' } }
    : {};
  return createS3ObjectBodies({ bucket: env.DOCUMENTS_BUCKET, region: env.AWS_REGION, ...local });
}

export const objectBodies = lazyPort(() => objectBodiesFromEnv());
