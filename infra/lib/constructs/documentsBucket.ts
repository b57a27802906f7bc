/**
 * The documents bucket (SPEC K6): files on case files, uploaded and downloaded by the console through
 * presigned URLs only. Its own KMS key (patient documents), versioned, never public, TLS only, and CORS
 * only for the console's origin.
 */
import { type CfnElement, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { CasefileFunction } from './casefileFunction';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, ObjectOwnership, type IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge } from '../nag';

/** Every document key starts here (core's caseDocumentObjectKey). */
const DOCUMENTS_PREFIX = 'clinics/';
/** Import files and export archives, beside the case documents. */
export const TRANSFER_PREFIXES = [DOCUMENTS_PREFIX, 'imports/', 'exports/'] as const;

export interface DocumentsBucketProps {
  /** Where S3 server access logs go. */
  accessLogs: IBucket;
  /** Origins the console is served from (scheme and host, no path). */
  consoleOrigins: readonly string[];
}

export class DocumentsBucket extends Construct {
  readonly bucket: Bucket;
  readonly key: Key;

  constructor(scope: Construct, id: string, props: DocumentsBucketProps) {
    super(scope, id);
    this.key = new Key(this, 'Key', { description: 'Casefile: encrypts documents on case files', enableKeyRotation: true, removalPolicy: RemovalPolicy.RETAIN });
    this.bucket = new Bucket(this, 'Bucket', {
      encryption: BucketEncryption.KMS,
      encryptionKey: this.key,
      bucketKeyEnabled: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'documents/',
      removalPolicy: RemovalPolicy.RETAIN,
      // Announced uploads that never completed are abandoned after a day; old versions are kept a year.
      lifecycleRules: [{ abortIncompleteMultipartUploadAfter: Duration.days(1), noncurrentVersionExpiration: Duration.days(365) }],
      cors: [
        {
          allowedOrigins: [...props.consoleOrigins],
          allowedMethods: [HttpMethods.PUT, HttpMethods.GET],
          allowedHeaders: ['content-type'],
          exposedHeaders: ['ETag'],
          maxAge: 600,
        },
      ],
    });
    acknowledge(this.bucket, { id: 'HIPAA.Security-S3BucketReplicationEnabled', reason: 'Documents are versioned and retained in one region; cross-region replication is a deployment choice, not a default.' });
  }

  /**
   * Lets a function presign uploads and downloads and check uploaded objects under the given prefixes:
   * case documents (`clinics/`), import files (`imports/`) and export archives (`exports/`).
   */
  grantTo(casefileFunction: CasefileFunction, prefixes: readonly string[] = [DOCUMENTS_PREFIX]): void {
    const fn = casefileFunction.function;
    // Exactly the calls the use cases make (presigned PUT and GET, HEAD, delete of a refused upload),
    // on those prefixes only, rather than CDK's wildcard read/write grants.
    fn.addToRolePolicy(new PolicyStatement({ actions: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'], resources: prefixes.map((prefix) => this.bucket.arnForObjects(`${prefix}*`)) }));
    fn.addToRolePolicy(new PolicyStatement({ actions: ['kms:Decrypt', 'kms:GenerateDataKey'], resources: [this.key.keyArn] }));
    const bucketArn = `<${Stack.of(this).getLogicalId(this.bucket.node.defaultChild as CfnElement)}.Arn>`;
    for (const prefix of prefixes) {
      acknowledge(casefileFunction, { id: `AwsSolutions-IAM5[Resource::${bucketArn}/${prefix}*]`, reason: 'Objects are keyed per clinic and record (written at request time); the prefix is the narrowest static scope.' });
    }
    fn.addEnvironment('DOCUMENTS_BUCKET', this.bucket.bucketName);
  }
}
