/**
 * The opt-in analytics construct (issue 17 item 4): off by default; with it, a nested stack holding
 * the scheduled export, the Glue table over the exports, and an Athena workgroup that enforces
 * encrypted results and holds the R1-R4 queries exactly as the local SQL test runs them.
 */
import { Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORT_QUERIES, reportQuery, type ReportQueryName } from '../../infra/analytics/analyticsQueries';
import type { CasefileStack } from '../../infra/lib/casefileStack';
import { compliancePacks } from '../../infra/lib/nag';
import { synthStack } from './synthStack';

describe('analytics (context analytics=true)', () => {
  let stack: CasefileStack;
  let nested: Template;

  beforeAll(() => {
    stack = synthStack({ analytics: true }).stack;
    nested = Template.fromStack(Stack.of(stack.analytics!));
  });

  it('is absent unless asked for', () => {
    const plain = synthStack().stack;
    expect(plain.analytics).toBeUndefined();
    expect(plain.node.tryFindChild('AnalyticsStack')).toBeUndefined();
  });

  it('lives in a nested stack, adding one resource to the main stack', () => {
    expect(Stack.of(stack.analytics!)).not.toBe(stack);
    const main = Template.fromStack(stack);
    // Monitoring and the HTTP API are nested stacks of their own; analytics adds exactly one more.
    const nestedStacks = Object.keys(main.findResources('AWS::CloudFormation::Stack'));
    expect(nestedStacks.filter((logicalId) => logicalId.startsWith('AnalyticsStack'))).toHaveLength(1);
    main.resourceCountIs('AWS::CloudFormation::Stack', 3);
    main.resourceCountIs('AWS::Athena::WorkGroup', 0);
  });

  it('exports the table on a schedule: the function may start and follow exports, and write only under the export prefix', () => {
    nested.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(6 hours)' });
    const policies = JSON.stringify(nested.findResources('AWS::IAM::Policy'));
    for (const action of ['dynamodb:ExportTableToPointInTime', 'dynamodb:DescribeExport', 's3:PutObject']) expect(policies).toContain(action);
    expect(policies).not.toContain('dynamodb:Scan');
    expect(policies).toContain('/exports/*');
    nested.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ EXPORT_PREFIX: 'exports', EXPORT_CURSOR_KEY: 'state/export-cursor.json' }) } });
  });

  it('catalogs every export line as one Glue table with the JSON SerDe', () => {
    nested.hasResourceProperties('AWS::Glue::Table', {
      TableInput: Match.objectLike({
        Name: 'casefile_items',
        StorageDescriptor: Match.objectLike({
          SerdeInfo: Match.objectLike({ SerializationLibrary: 'org.openx.data.jsonserde.JsonSerDe' }),
          Columns: [Match.objectLike({ Name: 'item' }), Match.objectLike({ Name: 'newimage' }), Match.objectLike({ Name: 'keys' }), Match.objectLike({ Name: 'metadata' })],
        }),
      }),
    });
  });

  it('gives a workgroup that enforces KMS-encrypted results', () => {
    nested.hasResourceProperties('AWS::Athena::WorkGroup', {
      WorkGroupConfiguration: Match.objectLike({
        EnforceWorkGroupConfiguration: true,
        ResultConfiguration: Match.objectLike({ EncryptionConfiguration: Match.objectLike({ EncryptionOption: 'SSE_KMS' }) }),
      }),
    });
    for (const resource of Object.values(nested.findResources('AWS::S3::Bucket'))) {
      expect(JSON.stringify(resource)).toContain('aws:kms');
    }
  });

  it('holds the named queries R1-R4, the same SQL the local DuckDB test runs', () => {
    const queries = Object.values(nested.findResources('AWS::Athena::NamedQuery')).map((resource) => resource.Properties as { Name: string; QueryString: string });
    expect(queries.map((query) => query.Name).sort()).toEqual(Object.keys(REPORT_QUERIES).map((name) => `casefile-${name}`).sort());
    for (const query of queries) expect(query.QueryString).toBe(reportQuery(query.Name.replace('casefile-', '') as ReportQueryName));
  });

  it.each(compliancePacks().map((pack) => [pack.readPackName, pack] as const))('%s finds nothing unacknowledged', (_pack, pack) => {
    const findings = pack.validateScope(stack).violations.map((v) => `${v.severity} ${v.ruleName}: ${v.violatingResources.map((r) => r.constructPath).join(', ')}`);
    expect(findings).toEqual([]);
  });
});
