/**
 * Table permissions narrower than CDK's grantReadData/grantReadWriteData: no Scan (every request path
 * is a Get, Query or transaction), no stream reads on the table itself. Transactions need no actions
 * of their own; IAM checks each item's Get/Put/Update/Delete/ConditionCheck.
 */
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';

export type TableAccess = 'read' | 'readWrite';

export const TABLE_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'];
export const TABLE_WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];

// The key actions CDK's own table grants use for a customer-managed key.
const KEY_READ_ACTIONS = ['kms:Decrypt', 'kms:DescribeKey'];
const KEY_WRITE_ACTIONS = [...KEY_READ_ACTIONS, 'kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'];

export function grantTableAccess(table: ITable, grantee: IGrantable, access: TableAccess): void {
  const write = access === 'readWrite';
  table.grant(grantee, ...TABLE_READ_ACTIONS, ...(write ? TABLE_WRITE_ACTIONS : []));
  table.encryptionKey?.grant(grantee, ...(write ? KEY_WRITE_ACTIONS : KEY_READ_ACTIONS));
}
