import type { DynamoDBRecord } from 'aws-lambda';
import { createClinicRepositories, entities, readEntityImage } from '@casefile/db';
import { appointmentChange, applyTimeChange, blockChange, shiftChange, type TimeChange } from '../usecases/waitlist/timeChanges';
import { runtime } from '../runtime';
import { inOrder } from './orderedBatch';
import type { StreamHandler } from '../lambdaHandlers';

/**
 * The waitlist (SPEC A9): time freed on a calendar (a visit canceled, missed, moved or shortened, a
 * shift added or lengthened, a block removed) becomes an opening offered to matching entries; time
 * taken again withdraws the offers of open openings it overlaps. Openings and offers are claimed
 * conditionally, so a redelivered record offers nothing twice.
 */
async function handleRecord(record: DynamoDBRecord): Promise<void> {
  const rt = runtime();
  const oldImage = record.dynamodb?.OldImage;
  const newImage = record.dynamodb?.NewImage;
  const clinicId = (readEntityImage(newImage ?? oldImage, entities.appointment) ?? readEntityImage(newImage ?? oldImage, entities.shift) ?? readEntityImage(newImage ?? oldImage, entities.timeBlock))?.clinicId;
  if (!clinicId) return;
  const repos = createClinicRepositories({ service: rt.service, clinicId, actor: 'system:waitlist', now: () => rt.clock.now(), newId: rt.newId });
  const change: TimeChange | undefined =
    appointmentChange(readEntityImage(oldImage, entities.appointment), readEntityImage(newImage, entities.appointment)) ??
    blockChange(readEntityImage(oldImage, entities.timeBlock), readEntityImage(newImage, entities.timeBlock)) ??
    (await shiftChange(repos, readEntityImage(oldImage, entities.shift), readEntityImage(newImage, entities.shift)));
  if (change) await applyTimeChange(repos, rt, change);
}

export const handler: StreamHandler = inOrder('waitlist', handleRecord);
