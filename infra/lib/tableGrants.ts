/**
 * Table permissions narrower than CDK's grantReadData/grantReadWriteData: no Scan (every request path
 * is a Get, Query or transaction), no batch writes (nothing issues them), no stream reads on the table
 * itself, and conditions on partition keys (`dynamodb:LeadingKeys`) where the key design allows.
 * Transactions need no actions of their own; IAM checks each item's Get/Put/Update/Delete/ConditionCheck.
 *
 * Partition keys are ElectroDB's: `$casefile#clinicid_{id}#{composite}_{value}...`, lowercased.
 */
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';

/** Audit events (`[clinicId, entityType, entityId]`): only the audit consumer writes them, and only new ones. */
export const AUDIT_EVENT_KEYS = '$casefile#clinicid_*#entitytype_*';
/** The key no item has, which the health check reads (packages/db/src/tableProbe.ts). */
export const HEALTH_PROBE_KEY = '$health-probe';
/** Calendar occupancy claims (`[clinicId, calendarId]`), which moving or canceling an appointment deletes. */
export const OCCUPANCY_KEYS = '$casefile#clinicid_*#calendarid_*';
/** Mail suppressions (`[clinicId, address]`), which bounce and complaint feedback creates. */
export const MAIL_SUPPRESSION_KEYS = '$casefile#clinicid_*#address_*';
/** One-time email codes (`[clinicId, emailHash]`), deleted when a booking spends them. */
export const EMAIL_CODE_KEYS = '$casefile#clinicid_*#emailhash_*';

export type WriteAction = 'PutItem' | 'UpdateItem' | 'DeleteItem';

/** What a function may do to the table. */
export interface TableAccessSpec {
  /** Get, BatchGet, Query and ConditionCheck everywhere; `probe`: GetItem of the health-probe key only. */
  read: 'all' | 'probe' | 'none';
  write?: WriteAction[];
  /** When set, every write only on partitions matching these LeadingKeys patterns. */
  writeOnly?: string[];
  /** When set, DeleteItem only on partitions matching these LeadingKeys patterns. */
  deleteOnly?: string[];
  /** The audit consumer: PutItem of audit events only (and no other write). */
  auditWriter?: boolean;
}

/** `read` and `readWrite` remain shorthands for the common cases. */
export type TableAccess = 'read' | 'readWrite' | TableAccessSpec;

export const TABLE_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'];
export const TABLE_WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'];

// The key actions CDK's own table grants use for a customer-managed key.
const KEY_READ_ACTIONS = ['kms:Decrypt', 'kms:DescribeKey'];
const KEY_WRITE_ACTIONS = [...KEY_READ_ACTIONS, 'kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'];

export function tableAccessSpec(access: TableAccess): TableAccessSpec {
  if (access === 'read') return { read: 'all' };
  if (access === 'readWrite') return { read: 'all', write: ['PutItem', 'UpdateItem', 'DeleteItem'] };
  return access;
}

export function grantTableAccess(table: ITable, grantee: IGrantable, access: TableAccess): void {
  const spec = tableAccessSpec(access);
  const itemResources = [table.tableArn];
  const allResources = [table.tableArn, `${table.tableArn}/index/*`];
  const add = (statement: PolicyStatement) => grantee.grantPrincipal.addToPrincipalPolicy(statement);

  if (spec.read === 'all') add(new PolicyStatement({ actions: TABLE_READ_ACTIONS, resources: allResources }));
  if (spec.read === 'probe') add(new PolicyStatement({ actions: ['dynamodb:GetItem'], resources: itemResources, conditions: leadingKeysOnly([HEALTH_PROBE_KEY]) }));

  if (spec.auditWriter) {
    add(new PolicyStatement({ actions: ['dynamodb:PutItem'], resources: itemResources, conditions: leadingKeysOnly([AUDIT_EVENT_KEYS]) }));
  }
  const writes = (spec.write ?? []).filter((action) => action !== 'DeleteItem' || !spec.deleteOnly);
  if (writes.length > 0) {
    add(new PolicyStatement({ actions: writes.map((a) => `dynamodb:${a}`), resources: itemResources, ...(spec.writeOnly ? { conditions: leadingKeysOnly(spec.writeOnly) } : {}) }));
  }
  if (spec.write?.includes('DeleteItem') && spec.deleteOnly) {
    add(new PolicyStatement({ actions: ['dynamodb:DeleteItem'], resources: itemResources, conditions: leadingKeysOnly(spec.deleteOnly) }));
  }
  if ((spec.write ?? []).length > 0) {
    // Whatever else a function may write, audit events are not part of it: explicit, so a later
    // widening of the statements above cannot let it rewrite history.
    add(
      new PolicyStatement({
        effect: Effect.DENY,
        actions: TABLE_WRITE_ACTIONS,
        resources: itemResources,
        conditions: { 'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': [AUDIT_EVENT_KEYS] } },
      }),
    );
  }

  const writesAnything = (spec.write ?? []).length > 0 || spec.auditWriter === true;
  if (spec.read !== 'none' || writesAnything) table.encryptionKey?.grant(grantee, ...(writesAnything ? KEY_WRITE_ACTIONS : KEY_READ_ACTIONS));
}

function leadingKeysOnly(patterns: string[]): Record<string, unknown> {
  return { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': patterns } };
}
