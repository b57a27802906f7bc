/** The one DynamoDB table, built from the db package's definition. */
import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { TABLE_DEFINITION } from '../../../packages/db/src/table';

export interface ClinicTableProps {
  encryptionKey: IKey;
}

export class ClinicTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, props: ClinicTableProps) {
    super(scope, id);
    const def = TABLE_DEFINITION;

    // `Table` rather than `TableV2`: cdk-nag's DynamoDB rules only inspect AWS::DynamoDB::Table.
    this.table = new Table(this, 'Table', {
      partitionKey: { name: def.partitionKey, type: AttributeType.STRING },
      sortKey: { name: def.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      stream: StreamViewType[def.streamViewType],
      timeToLiveAttribute: def.ttlAttribute,
      encryption: TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: props.encryptionKey,
    });

    for (const index of def.globalIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
      });
    }
  }
}
