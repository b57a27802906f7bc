import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDBClient, GetItemCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Context, DynamoDBStreamEvent } from 'aws-lambda';
import type { AuditEvent, Client } from '@casefile/core';
import { handler as auditConsumer } from '../../functions/src/streams/audit';
import { startWorld, type World } from '../support/world';

type Page<T> = { items: T[]; nextCursor: string | null };

describe('audit trail', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(() => world?.stop());

  it('records who changed what, with before and after, newest first', async () => {
    const desk = await world.clinicA.api('front_desk');
    const manager = await world.clinicA.api('manager');
    const client = await desk.post<Client>('/api/clients', { firstName: 'Audrey', lastName: 'Trail', phone: '+1 416 555 0001' });
    await desk.patch(`/api/clients/${client.body.clientId}`, { phone: '+1 416 555 0002', preferredName: 'Audi' });
    await world.drainStreams();

    const trail = await manager.get<Page<AuditEvent>>(`/api/audit?entityType=client&entityId=${client.body.clientId}`);
    expect(trail.status).toBe(200);
    expect(trail.body.items.map((event) => event.action)).toEqual(['updated', 'created']);
    const [updated, created] = trail.body.items;
    expect(updated!.actor).toBe(world.clinicA.users.front_desk!.memberId);
    expect(updated!.changes).toEqual({
      phone: { before: '+1 416 555 0001', after: '+1 416 555 0002' },
      preferredName: { before: null, after: 'Audi' },
    });
    expect(created!.changes.firstName).toEqual({ before: null, after: 'Audrey' });
    expect(Object.keys(created!.changes)).not.toContain('sortName');
  });

  it('is not readable by front desk, and not across clinics', async () => {
    const desk = await world.clinicA.api('front_desk');
    expect((await desk.get(`/api/audit?entityType=client&entityId=${world.clinicA.ids.clientId}`)).status).toBe(403);
    const otherOwner = await world.clinicB.api('owner');
    const foreign = await otherOwner.get<Page<AuditEvent>>(`/api/audit?entityType=client&entityId=${world.clinicA.ids.clientId}`);
    expect(foreign.body.items).toEqual([]);
  });

  it('writes each event once when the same stream batch is delivered three times', async () => {
    const raw = await new DynamoDBClient({ endpoint: process.env.DYNAMODB_ENDPOINT }).send(
      new GetItemCommand({ TableName: world.tableName, Key: await rawKeyOfClient(world, world.clinicA.ids.clientId) }),
    );
    // A client id no real write has used, so that only this batch writes to its trail.
    const entityId = '01JDEM0REDE11VERED00000001';
    const inserted = withClientId(raw.Item!, entityId);
    const modified = { ...inserted, firstName: { S: 'Changed' } };
    const batch: DynamoDBStreamEvent = {
      Records: [
        streamRecord('redelivery-1', 'INSERT', '100', undefined, inserted),
        streamRecord('redelivery-2', 'MODIFY', '101', inserted, modified),
      ],
    };
    for (let delivery = 0; delivery < 3; delivery++) {
      expect(await auditConsumer(batch, {} as Context)).toEqual({ batchItemFailures: [] });
    }
    const manager = await world.clinicA.api('manager');
    const trail = await manager.get<Page<AuditEvent>>(`/api/audit?entityType=client&entityId=${entityId}`);
    expect(trail.body.items.map((event) => event.auditId).sort()).toEqual(['redelivery-1', 'redelivery-2']);
  });
});

async function rawKeyOfClient(world: World, clientId: string): Promise<Record<string, AttributeValue>> {
  const { createService, createDocumentClient } = await import('@casefile/db');
  const service = createService(createDocumentClient(), world.tableName);
  const params = service.entities.client.get({ clinicId: world.clinicA.clinicId, clientId }).params();
  return { pk: { S: params.Key.pk as string }, sk: { S: params.Key.sk as string } };
}

function withClientId(item: Record<string, AttributeValue>, clientId: string): Record<string, AttributeValue> {
  return { ...item, clientId: { S: clientId } };
}

function streamRecord(
  eventID: string,
  eventName: 'INSERT' | 'MODIFY',
  sequence: string,
  oldImage: Record<string, AttributeValue> | undefined,
  newImage: Record<string, AttributeValue>,
): DynamoDBStreamEvent['Records'][number] {
  return {
    eventID,
    eventName,
    eventSource: 'aws:dynamodb',
    eventVersion: '1.1',
    awsRegion: 'us-east-1',
    dynamodb: {
      Keys: { pk: newImage.pk!, sk: newImage.sk! } as never,
      ...(oldImage ? { OldImage: oldImage as never } : {}),
      NewImage: newImage as never,
      SequenceNumber: sequence,
      SizeBytes: 100,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
      ApproximateCreationDateTime: Date.now() / 1000,
    },
  };
}
