/**
 * The cdk-nag findings every CasefileFunction raises, acknowledged on the construct so they cover
 * its function and role only, each with the reason it holds for every Casefile function.
 */
import { type CfnElement, Stack } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IConstruct } from 'constructs';
import { acknowledge } from '../nag';

const KMS_GRANT_REASON =
  "Data-key actions on customer-managed keys (the table's key; for stream consumers also the failure queue's): each statement names one key ARN.";

export function acknowledgeFunctionFindings(fn: IConstruct, table: ITable): void {
  const tableArn = `<${Stack.of(fn).getLogicalId(table.node.defaultChild as CfnElement)}.Arn>`;
  acknowledge(
    fn,
    {
      id: 'AwsSolutions-L1',
      reason: 'Casefile pins nodejs22.x (ARCHITECTURE.md) so Lambda, the local runtime and CI run one Node major; upgrade them together.',
    },
    {
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'X-Ray PutTraceSegments/PutTelemetryRecords and (stream consumers) dynamodb:ListStreams support no resource-level permissions; "*" is their only valid resource.',
    },
    {
      id: `AwsSolutions-IAM5[Resource::${tableArn}/index/*]`,
      reason: "Queries on the table's own global secondary indexes; the wildcard covers this table's indexes only.",
    },
    { id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]', reason: KMS_GRANT_REASON },
    { id: 'AwsSolutions-IAM5[Action::kms:ReEncrypt*]', reason: KMS_GRANT_REASON },
    {
      id: 'HIPAA.Security-IAMNoInlinePolicy',
      reason: "CDK renders grants as one AWS::IAM::Policy attached to this function's own role (no users or groups), so its permissions stay reviewable in one place.",
    },
    {
      id: 'HIPAA.Security-LambdaInsideVPC',
      reason:
        'The function reaches only AWS APIs (DynamoDB, Cognito, Scheduler, SES) over TLS with IAM auth and nothing network-reachable; a VPC would add NAT or endpoints and cold-start cost without narrowing access.',
    },
    {
      id: 'HIPAA.Security-LambdaConcurrency',
      reason:
        "Reserved concurrency is carved out of the account pool (10 in new accounts) and can block deployment; load is bounded by the API's stage and route throttles and by stream shards.",
    },
    {
      id: 'HIPAA.Security-LambdaDLQ',
      reason:
        'Never invoked asynchronously, where a DLQ applies: API functions are called synchronously by API Gateway, and stream consumers fail over to their event source mapping on-failure queue.',
    },
  );
}
