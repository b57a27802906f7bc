import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE_DEFINITION } from '../../packages/db/src/table';
import { logicalIdOf, synthStack } from './synthStack';

describe('the clinic table', () => {
  let synth: ReturnType<typeof synthStack>;
  beforeAll(() => {
    synth = synthStack();
  });

  it('has the keys and global indexes of the db package definition', () => {
    const keySchema = (pk: string, sk: string) => [
      { AttributeName: pk, KeyType: 'HASH' },
      { AttributeName: sk, KeyType: 'RANGE' },
    ];
    synth.template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: keySchema(TABLE_DEFINITION.partitionKey, TABLE_DEFINITION.sortKey),
      GlobalSecondaryIndexes: TABLE_DEFINITION.globalIndexes.map((index) => ({
        IndexName: index.name,
        KeySchema: keySchema(index.partitionKey, index.sortKey),
        Projection: { ProjectionType: 'ALL' },
      })),
      BillingMode: 'PAY_PER_REQUEST',
    });
  });

  it('keeps its data: point-in-time recovery, deletion protection, retained on stack delete, backed up', () => {
    synth.template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
      }),
    });
    const selections = synth.template.findResources('AWS::Backup::BackupSelection');
    expect(JSON.stringify(selections)).toContain(logicalIdOf(synth.stack.table));
  });

  it('streams new and old images and expires items by the TTL attribute', () => {
    synth.template.hasResourceProperties('AWS::DynamoDB::Table', {
      StreamSpecification: { StreamViewType: TABLE_DEFINITION.streamViewType },
      TimeToLiveSpecification: { AttributeName: TABLE_DEFINITION.ttlAttribute, Enabled: true },
    });
  });

  it('is encrypted with a customer-managed key that rotates', () => {
    const keyId = logicalIdOf(synth.stack.table.encryptionKey!);
    synth.template.hasResourceProperties('AWS::DynamoDB::Table', {
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } },
    });
    expect(synth.template.toJSON().Resources[keyId]).toMatchObject({ DeletionPolicy: 'Retain', Properties: { EnableKeyRotation: true } });
  });
});
