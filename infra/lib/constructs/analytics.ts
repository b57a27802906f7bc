/**
 * Outgrowing the table (issue 17 item 4, opt-in with `-c analytics=true`): the table exported to S3
 * on a schedule (a full DynamoDB export, then incremental ones), cataloged in Glue as one table over
 * the exports' DynamoDB JSON, and an Athena workgroup (encrypted, enforced results) holding the
 * report queries R1-R4 as named queries. The SQL lives in infra/analytics/queries and is tested
 * locally against an export of the demo data (test/api/analyticsQueries.test.ts).
 */
import { type CfnElement, Duration, Fn, Names, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { CfnNamedQuery, CfnWorkGroup } from 'aws-cdk-lib/aws-athena';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { CfnDatabase, CfnTable } from 'aws-cdk-lib/aws-glue';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { BlockPublicAccess, Bucket, BucketEncryption, type IBucket, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { EXPORT_TABLE_NAME, QUERY_PARAMETERS, REPORT_QUERIES, reportQuery, type ReportQueryName } from '../../analytics/analyticsQueries';
import { glueColumns } from '../../analytics/exportSchema';
import { deploymentSuffix } from '../deploymentSuffix';
import { acknowledge } from '../nag';
import { taskEntry } from '../paths';
import { CasefileFunction } from './casefileFunction';

/** DynamoDB writes each export under `<prefix>/AWSDynamoDB/<export id>/`; the Glue table reads them all. */
const EXPORT_PREFIX = 'exports';
const CURSOR_KEY = 'state/export-cursor.json';

export interface AnalyticsProps {
  table: ITable;
  /** Where S3 server access logs go. */
  accessLogs: IBucket;
  /** How often the next export starts (default every 6 hours). */
  exportEvery?: Duration;
}

export class Analytics extends Construct {
  readonly key: Key;
  readonly exportBucket: Bucket;
  readonly resultsBucket: Bucket;
  readonly exporter: CasefileFunction;
  readonly database: CfnDatabase;
  readonly exportTable: CfnTable;
  readonly workGroup: CfnWorkGroup;
  readonly namedQueries: Record<ReportQueryName, CfnNamedQuery>;

  constructor(scope: Construct, id: string, props: AnalyticsProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.key = new Key(this, 'Key', { description: 'Casefile: encrypts table exports and Athena results', enableKeyRotation: true, removalPolicy: RemovalPolicy.RETAIN });
    const bucket = (name: string, expireAfter?: Duration) => {
      const made = new Bucket(this, name, {
        encryption: BucketEncryption.KMS,
        encryptionKey: this.key,
        bucketKeyEnabled: true,
        blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
        objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
        enforceSSL: true,
        versioned: true,
        serverAccessLogsBucket: props.accessLogs,
        serverAccessLogsPrefix: `analytics-${name.toLowerCase()}/`,
        removalPolicy: RemovalPolicy.RETAIN,
        lifecycleRules: [
          { abortIncompleteMultipartUploadAfter: Duration.days(1), noncurrentVersionExpiration: Duration.days(30) },
          ...(expireAfter ? [{ expiration: expireAfter }] : []),
        ],
      });
      acknowledge(made, { id: 'HIPAA.Security-S3BucketReplicationEnabled', reason: 'Exports and query results are copies of the table (itself backed up by AWS Backup); they can be made again, so one region suffices.' });
      return made;
    };
    this.exportBucket = bucket('Exports');
    this.resultsBucket = bucket('Results', Duration.days(30));

    const deadLetters = new Queue(this, 'ExporterDeadLetters', { encryption: QueueEncryption.KMS, encryptionMasterKey: this.key, enforceSSL: true, retentionPeriod: Duration.days(14) });
    acknowledge(deadLetters, { id: 'AwsSolutions-SQS3', reason: "This queue is itself the export function's dead-letter queue for its scheduled invocations, so it needs no DLQ of its own." });
    this.exporter = new CasefileFunction(this, 'Exporter', {
      entry: taskEntry('scheduled', 'exportTableToS3'),
      description: 'Starts the next DynamoDB export of the table to S3 for analytics: full once, then incremental.',
      serviceName: 'casefile-table-export',
      table: props.table,
      tableAccess: { read: 'none' },
      logKey: this.key,
      timeout: Duration.seconds(30),
      deadLetterQueue: deadLetters,
      environment: {
        TABLE_ARN: props.table.tableArn,
        EXPORT_BUCKET: this.exportBucket.bucketName,
        EXPORT_PREFIX,
        EXPORT_KEY_ARN: this.key.keyArn,
        EXPORT_CURSOR_KEY: CURSOR_KEY,
      },
    });
    const fn = this.exporter.function;
    deadLetters.grantSendMessages(fn);
    fn.addToRolePolicy(new PolicyStatement({ actions: ['dynamodb:ExportTableToPointInTime'], resources: [props.table.tableArn] }));
    fn.addToRolePolicy(new PolicyStatement({ actions: ['dynamodb:DescribeExport'], resources: [`${props.table.tableArn}/export/*`] }));
    // DynamoDB writes the export with the caller's permissions.
    fn.addToRolePolicy(new PolicyStatement({ actions: ['s3:PutObject', 's3:AbortMultipartUpload'], resources: [this.exportBucket.arnForObjects(`${EXPORT_PREFIX}/*`)] }));
    fn.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject', 's3:PutObject'], resources: [this.exportBucket.arnForObjects(CURSOR_KEY)] }));
    // A missing cursor must read as NoSuchKey (first run), not AccessDenied.
    fn.addToRolePolicy(new PolicyStatement({ actions: ['s3:ListBucket'], resources: [this.exportBucket.bucketArn] }));
    this.key.grantEncryptDecrypt(fn);
    props.table.encryptionKey?.grantDecrypt(fn);
    // In this nested stack the table's ARN arrives as a parameter the parent passes, named after its logical id.
    const tableArn = Stack.of(props.table) === stack ? `${stack.getLogicalId(props.table.node.defaultChild as CfnElement)}.Arn` : `referenceto${Names.nodeUniqueId(props.table.node.defaultChild!.node)}Arn`;
    acknowledge(
      this.exporter,
      { id: `AwsSolutions-IAM5[Resource::<${tableArn}>/export/*]`, reason: "DescribeExport on this table's exports; each export's id is made by DynamoDB when it starts, so the table's export path is the narrowest scope." },
      {
        id: `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(this.exportBucket.node.defaultChild as CfnElement)}.Arn>/${EXPORT_PREFIX}/*]`,
        reason: 'DynamoDB writes each export under exports/AWSDynamoDB/<export id>/ with names it chooses; the prefix is the narrowest static scope.',
      },
    );

    new Rule(this, 'ExportSchedule', {
      description: 'Starts the next analytics export of the Casefile table.',
      schedule: Schedule.rate(props.exportEvery ?? Duration.hours(6)),
      // No EventBridge DLQ: a missed start is made up by the next run (the cursor is kept in S3), and the
      // function's own dead-letter queue catches its failures.
      targets: [new LambdaFunction(fn, { retryAttempts: 2, maxEventAge: Duration.hours(1) })],
    });

    this.database = new CfnDatabase(this, 'Database', {
      catalogId: stack.account,
      // Underscores only, so analysts can name it in SQL without quoting.
      databaseInput: { name: Fn.join('_', ['casefile_analytics', ...Fn.split('-', deploymentSuffix(this), 5)]), description: 'Casefile table exports (DynamoDB JSON) for Athena.' },
    });
    this.exportTable = new CfnTable(this, 'ExportTable', {
      catalogId: stack.account,
      databaseName: this.database.ref,
      tableInput: {
        name: EXPORT_TABLE_NAME,
        description: 'Every line of every export: {"Item"} of the full export, {"Metadata","Keys","NewImage"} of incremental ones.',
        tableType: 'EXTERNAL_TABLE',
        parameters: { classification: 'json', EXTERNAL: 'TRUE' },
        storageDescriptor: {
          location: this.exportBucket.s3UrlForObject(`${EXPORT_PREFIX}/AWSDynamoDB/`),
          inputFormat: 'org.apache.hadoop.mapred.TextInputFormat',
          outputFormat: 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat',
          columns: glueColumns(),
          serdeInfo: {
            serializationLibrary: 'org.openx.data.jsonserde.JsonSerDe',
            // Manifests and checksums sit beside the data; they have no item and are skipped.
            parameters: { 'ignore.malformed.json': 'true', 'case.insensitive': 'true' },
          },
        },
      },
    });

    this.workGroup = new CfnWorkGroup(this, 'WorkGroup', {
      name: `casefile-analytics-${deploymentSuffix(this)}`,
      description: 'Casefile reports R1-R4 over the table exports.',
      recursiveDeleteOption: true,
      workGroupConfiguration: {
        enforceWorkGroupConfiguration: true,
        publishCloudWatchMetricsEnabled: true,
        bytesScannedCutoffPerQuery: 10 * 1024 ** 3,
        engineVersion: { selectedEngineVersion: 'Athena engine version 3' },
        resultConfiguration: {
          outputLocation: this.resultsBucket.s3UrlForObject('results/'),
          encryptionConfiguration: { encryptionOption: 'SSE_KMS', kmsKey: this.key.keyArn },
        },
      },
    });

    this.namedQueries = Object.fromEntries(
      Object.entries(REPORT_QUERIES).map(([name, description]) => {
        // Referencing the workgroup's name orders the query after it.
        const query = new CfnNamedQuery(this, `Query-${name}`, {
          name: `casefile-${name}`,
          description: `${description}. Parameters: ${QUERY_PARAMETERS.join(', ')}.`,
          database: this.database.ref,
          workGroup: this.workGroup.ref,
          queryString: reportQuery(name as ReportQueryName),
        });
        return [name, query];
      }),
    ) as Record<ReportQueryName, CfnNamedQuery>;
  }
}
