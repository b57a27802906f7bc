import type { DynamoDBRecord } from 'aws-lambda';
import { entities, readEntityImage } from '@casefile/db';
import { runCheckBatch } from '../usecases/imports/runCheckBatch';
import { runImportBatch } from '../usecases/imports/runImportBatch';
import { buildExport } from '../usecases/exports/buildExport';
import { runtime } from '../runtime';
import { inOrder } from './orderedBatch';
import type { StreamHandler } from '../lambdaHandlers';

/**
 * Background imports and exports (SPEC P6). Each write of an import job that is checking (the dry
 * run) or running runs its next batch (whose own write is the next record), so a large file goes through in paced steps and resumes where
 * it stopped after a failure.
 */
async function handleRecord(record: DynamoDBRecord): Promise<void> {
  const job = readEntityImage(record.dynamodb?.NewImage, entities.importJob);
  if (job?.status === 'checking') await runCheckBatch(runtime(), job);
  if (job?.status === 'running') await runImportBatch(runtime(), job);
  const exportJob = readEntityImage(record.dynamodb?.NewImage, entities.exportJob);
  if (exportJob?.status === 'running') await buildExport(runtime(), exportJob);
}

export const handler: StreamHandler = inOrder('transfer', handleRecord);
