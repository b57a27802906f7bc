/**
 * Reading and writing whole objects through the S3 API, for work done inside functions rather than
 * by the browser: an uploaded import file read by the import job, a clinic export written by the
 * export job. Same bucket options as the presigning storage (`s3ObjectStorage.ts`).
 */
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { s3Connection, type S3ObjectStorageOptions } from './s3ObjectStorage';

export interface ObjectBodies {
  /** The object's bytes; undefined when there is none. */
  read(key: string): Promise<Uint8Array | undefined>;
  write(key: string, body: Uint8Array, contentType: string): Promise<void>;
}

export function createS3ObjectBodies(options: S3ObjectStorageOptions): ObjectBodies {
  const client = new S3Client(s3Connection(options));
  const Bucket = options.bucket;
  return {
    async read(key) {
      try {
        const result = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        return result.Body ? await result.Body.transformToByteArray() : undefined;
      } catch (error) {
        if ((error as { name?: string }).name === 'NoSuchKey' || (error as { name?: string }).name === 'NotFound') return undefined;
        throw error;
      }
    },
    async write(key, body, contentType) {
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: body, ContentType: contentType, ContentLength: body.byteLength }));
    },
  };
}
