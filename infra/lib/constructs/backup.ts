/**
 * Backups beyond point-in-time recovery's 35 days: AWS Backup keeps daily copies of the table for
 * 35 days and monthly copies for a year, in a vault encrypted with the table's own key.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import { BackupPlan, BackupResource, BackupVault } from 'aws-cdk-lib/aws-backup';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { deploymentSuffix } from '../deploymentSuffix';
import { acknowledge } from '../nag';

export interface TableBackupProps {
  table: ITable;
  encryptionKey: IKey;
}

export class TableBackup extends Construct {
  readonly plan: BackupPlan;

  constructor(scope: Construct, id: string, props: TableBackupProps) {
    super(scope, id);
    // Retained with the backups in it, so named per stack creation: a redeploy after a failed first create gets a vault of its own.
    const vault = new BackupVault(this, 'Vault', { backupVaultName: `casefile-${deploymentSuffix(this)}`, encryptionKey: props.encryptionKey, removalPolicy: RemovalPolicy.RETAIN });
    this.plan = BackupPlan.dailyMonthly1YearRetention(this, 'Plan', vault);
    const selection = this.plan.addSelection('Table', { resources: [BackupResource.fromDynamoDbTable(props.table)] });
    acknowledge(selection, {
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
      reason: "AWS Backup's own service-role policy, maintained by AWS as the service's backup needs change; the role can be assumed only by backup.amazonaws.com.",
    });
  }
}
