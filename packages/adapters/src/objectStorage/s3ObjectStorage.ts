/**
 * Object storage for documents through the S3 API: presigned PUT and GET URLs, and a HEAD to check an
 * upload. The same calls run against S3 in AWS and the local S3 twin (`endpoint`, path-style).
 */
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, NotFound, PutObjectCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

export interface PresignedUrl {
  url: string;
  /** Headers the caller must send as given: they are signed. */
  headers: Record<string, string>;
}

export interface ObjectFacts {
  size: number;
  contentType: string | undefined;
}

export interface ObjectStorage {
  /** A PUT URL bound to this exact size and type: S3 refuses a body of another length or another Content-Type. */
  presignUpload(input: { key: string; contentType: string; size: number; expiresInSeconds: number }): Promise<PresignedUrl>;
  /** A GET URL that names the file for the browser (inline, so PDFs and images preview). */
  presignDownload(input: { key: string; fileName: string; contentType: string; expiresInSeconds: number }): Promise<string>;
  /** Size and type of a stored object; undefined when there is none. */
  describe(key: string): Promise<ObjectFacts | undefined>;
  remove(key: string): Promise<void>;
}

export interface S3ObjectStorageOptions {
  bucket: string;
  /** Local S3 twin; unset in AWS. */
  endpoint?: string | undefined;
  credentials?: { accessKeyId: string; secretAccessKey: string } | undefined;
  region?: string | undefined;
}

/** Where the bucket is and who signs: the part of the client's config every S3 adapter shares. */
export function s3Connection(options: S3ObjectStorageOptions): S3ClientConfig {
  return {
    ...(options.region ? { region: options.region } : {}),
    ...(options.endpoint ? { endpoint: options.endpoint, forcePathStyle: true } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
  };
}

export function createS3ObjectStorage(options: S3ObjectStorageOptions): ObjectStorage {
  const config: S3ClientConfig = {
    // Checksums computed at presign time would be of an empty body: only send them when S3 requires one.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...s3Connection(options),
  };
  const client = new S3Client(config);
  const Bucket = options.bucket;
  return {
    async presignUpload({ key, contentType, size, expiresInSeconds }) {
      const command = new PutObjectCommand({ Bucket, Key: key, ContentType: contentType, ContentLength: size });
      // content-length is signed by default; content-type is not unless asked for.
      const url = await getSignedUrl(client, command, { expiresIn: expiresInSeconds, signableHeaders: new Set(['content-type']) });
      return { url, headers: { 'content-type': contentType } };
    },
    async presignDownload({ key, fileName, contentType, expiresInSeconds }) {
      const disposition = `inline; filename*=UTF-8''${encodeURIComponent(fileName)}`;
      const command = new GetObjectCommand({ Bucket, Key: key, ResponseContentDisposition: disposition, ResponseContentType: contentType });
      return getSignedUrl(client, command, { expiresIn: expiresInSeconds });
    },
    async describe(key) {
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return { size: head.ContentLength ?? 0, contentType: head.ContentType };
      } catch (error) {
        if (error instanceof NotFound || (error as { name?: string }).name === 'NotFound') return undefined;
        throw error;
      }
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
  };
}
