/**
 * The private, versioned bucket the web apps are served from, and the bucket its access logs and
 * CloudFront's logs go to.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { DEFAULT_ACCESS_LOG_DAYS } from '../logRetention';
import { acknowledge } from '../nag';

export interface SiteBucketsProps {
  /** Days access logs (CloudFront's, the buckets') are kept before they expire. */
  accessLogDays?: number | undefined;
}

export class SiteBuckets extends Construct {
  readonly site: Bucket;
  readonly logs: Bucket;

  constructor(scope: Construct, id: string, props: SiteBucketsProps = {}) {
    super(scope, id);

    this.logs = new Bucket(this, 'Logs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      // CloudFront standard logging writes with ACLs.
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      removalPolicy: RemovalPolicy.RETAIN,
      // Access logs hold addresses and paths: kept only as long as the clinic decided.
      lifecycleRules: [{ expiration: Duration.days(props.accessLogDays ?? DEFAULT_ACCESS_LOG_DAYS), noncurrentVersionExpiration: Duration.days(1) }],
    });
    acknowledge(
      this.logs,
      {
        id: 'HIPAA.Security-S3DefaultEncryptionKMS',
        reason: 'S3 server access logging and CloudFront standard logging cannot deliver to SSE-KMS buckets; SSE-S3 encrypts these logs at rest.',
      },
      { id: 'HIPAA.Security-S3BucketReplicationEnabled', reason: 'Access logs are operational data kept in one region; no cross-region copy is required.' },
    );

    this.site = new Bucket(this, 'Site', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: this.logs,
      serverAccessLogsPrefix: 'site/',
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }],
    });
    acknowledge(
      this.site,
      {
        id: 'HIPAA.Security-S3DefaultEncryptionKMS',
        reason: 'The bucket holds only the built console and booking pages, which every visitor downloads (no PHI); SSE-S3 encrypts them at rest.',
      },
      { id: 'HIPAA.Security-S3BucketReplicationEnabled', reason: 'The site is rebuilt from source on every deploy; a replica would add nothing.' },
    );
  }
}
