/**
 * The analytics construct's scheduled export (issue 17 item 4): starts the next DynamoDB export of
 * the table to the export bucket (tableExportPlan.ts decides which) and records it in a cursor object
 * beside the exports. The export itself runs in DynamoDB; this function only starts it.
 */
import { DescribeExportCommand, DynamoDBClient, ExportTableToPointInTimeCommand, type ExportTableToPointInTimeCommandInput } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { type ExportCursor, type ExportStatus, type ExportStep, nextExport } from './tableExportPlan';

const dynamo = new DynamoDBClient({});
const s3 = new S3Client({});

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set.`);
  return value;
}

async function readCursor(bucket: string, key: string): Promise<ExportCursor | undefined> {
  try {
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return JSON.parse(await object.Body!.transformToString()) as ExportCursor;
  } catch (error) {
    if ((error as { name?: string }).name === 'NoSuchKey') return undefined;
    throw error;
  }
}

export async function handler(): Promise<ExportStep> {
  const bucket = requiredEnv('EXPORT_BUCKET');
  const cursorKey = requiredEnv('EXPORT_CURSOR_KEY');
  const cursor = await readCursor(bucket, cursorKey);
  const status = cursor ? ((await dynamo.send(new DescribeExportCommand({ ExportArn: cursor.exportArn }))).ExportDescription?.ExportStatus as ExportStatus | undefined) : undefined;
  const step = nextExport(cursor, status, new Date());
  if (step.kind === 'wait') return step;

  const common: ExportTableToPointInTimeCommandInput = {
    TableArn: requiredEnv('TABLE_ARN'),
    S3Bucket: bucket,
    S3Prefix: requiredEnv('EXPORT_PREFIX'),
    S3SseAlgorithm: 'KMS',
    S3SseKmsKeyId: requiredEnv('EXPORT_KEY_ARN'),
    ExportFormat: 'DYNAMODB_JSON',
  };
  const started = await dynamo.send(
    new ExportTableToPointInTimeCommand(
      step.kind === 'full'
        ? { ...common, ExportType: 'FULL_EXPORT', ExportTime: new Date(step.at) }
        : { ...common, ExportType: 'INCREMENTAL_EXPORT', IncrementalExportSpecification: { ExportFromTime: new Date(step.from), ExportToTime: new Date(step.to), ExportViewType: 'NEW_IMAGE' } },
    ),
  );
  const next: ExportCursor = step.kind === 'full' ? { exportArn: started.ExportDescription!.ExportArn!, to: step.at } : { exportArn: started.ExportDescription!.ExportArn!, from: step.from, to: step.to };
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: cursorKey, Body: JSON.stringify(next), ContentType: 'application/json' }));
  return step;
}
