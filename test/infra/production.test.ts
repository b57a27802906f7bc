/**
 * The stack as a clinic deploys it (production context: alarm address, mail domain), synthesized once
 * and shared by every assertion here: synthesis is the slow part of infra tests.
 */
import { App, NestedStack, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { ConfigurationSet } from 'aws-cdk-lib/aws-ses';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { MailDomain } from '../../infra/lib/constructs/mailDomain';
import { CasefileFunction, LIVE_ALIAS } from '../../infra/lib/constructs/casefileFunction';
import { DEPLOYMENT_PREFERENCES, deploymentPreference } from '../../infra/lib/constructs/gradualDeployment';
import { ALARM_THRESHOLDS } from '../../infra/lib/constructs/monitoring';
import { STREAM_MAX_RECORD_AGE, STREAM_REPLAY_WINDOW_HOURS } from '../../infra/lib/constructs/streamConsumers';
import { API_FUNCTIONS } from '../../functions/src/routes';
import { everyFunction } from '../../infra/lib/stackInventory';
import { AUDIT_EVENT_KEYS } from '../../infra/lib/tableGrants';
import { allows, statementsOfRole, type Statement } from './iamStatements';
import { allResources, logicalIdOf, synthStack } from './synthStack';

/** CloudFormation's own JSON, as the assertions library gives it. */
type Resources = ReturnType<Template['toJSON']>['Resources'];

let synth: ReturnType<typeof synthStack>;
let resources: Resources;
beforeAll(() => {
  synth = synthStack({ alarmEmail: 'ops@clinic.example', mail: { domain: 'clinic.example' } });
  resources = allResources(synth.stack);
});

const ofType = (type: string): [string, Resources][] => Object.entries(resources as Record<string, Resources>).filter(([, r]) => r.Type === type);
const ref = (id: string) => JSON.stringify({ 'Fn::GetAtt': [id, 'Arn'] });
const roleOfFunction = (functionId: string) => (resources[functionId]!.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
/** The function an event source mapping's alias-qualified name (`{"Fn::Join":["",[{"Ref":fn},":live"]]}`) belongs to. */
const functionOfAlias = (qualifiedName: unknown): string => {
  const id = /"Ref":"([^"]+)"/.exec(JSON.stringify(qualifiedName))![1]!;
  // An SQS mapping names the alias by its ARN (the alias's Ref) instead.
  return resources[id]!.Type === 'AWS::Lambda::Alias' ? (resources[id]!.Properties.FunctionName as { Ref: string }).Ref : id;
};

/** Dead-letter and failure queues: every queue that has no dead-letter queue of its own (a work queue, such as webhook deliveries, has one). */
const deadLetterQueues = () => ofType('AWS::SQS::Queue').filter(([, queue]) => queue.Properties.RedrivePolicy === undefined);

describe('dead-letter and failure queues can receive', () => {
  /** Every (role, queue) pair where the role's principal puts failed events on the queue. */
  const senders = (): [string, string, string][] => {
    const pairs: [string, string, string][] = [];
    for (const [id, fn] of ofType('AWS::Lambda::Function')) {
      const target = fn.Properties.DeadLetterConfig?.TargetArn;
      if (target) pairs.push([`${id} (async dead letters)`, roleOfFunction(id), target['Fn::GetAtt'][0]]);
    }
    for (const [id, mapping] of ofType('AWS::Lambda::EventSourceMapping')) {
      const destination = mapping.Properties.DestinationConfig?.OnFailure?.Destination;
      if (destination) pairs.push([`${id} (stream on-failure)`, roleOfFunction(functionOfAlias(mapping.Properties.FunctionName)), destination['Fn::GetAtt'][0]]);
    }
    pairs.push(['scheduler role (schedule dead letters)', logicalIdOf(synth.stack.scheduler.role), logicalIdOf(synth.stack.notifications.scheduleDeadLetters)]);
    return pairs;
  };

  it('finds the senders: both async functions, every stream consumer, the scheduler', () => {
    expect(senders().length).toBeGreaterThanOrEqual(2 + Object.keys(synth.stack.streams.functions).length + 1);
  });

  it('lets each sender send to its queue and encrypt with the queue key', () => {
    for (const [name, roleId, queueId] of senders()) {
      const queue = resources[queueId]!;
      const key = JSON.stringify(queue.Properties.KmsMasterKeyId);
      expect(key, name).toMatch(/Fn::GetAtt/);
      const statements = statementsOfRole(synth.template, roleId);
      expect(allows(statements, 'sqs:SendMessage', ref(queueId)), `${name}: sqs:SendMessage`).toBe(true);
      for (const action of ['kms:GenerateDataKey', 'kms:Decrypt']) expect(allows(statements, action, key), `${name}: ${action}`).toBe(true);
    }
  });

  it('alarms on every queue as soon as a message waits', () => {
    const alarmedQueues = ofType('AWS::CloudWatch::Alarm')
      .filter(([, a]) => a.Properties.MetricName === 'ApproximateNumberOfMessagesVisible' && a.Properties.Threshold === 0 && a.Properties.AlarmActions?.length)
      .map(([, a]) => JSON.stringify(a.Properties.Dimensions));
    const queues = deadLetterQueues();
    expect(queues.length).toBeGreaterThan(0);
    for (const [id] of queues) expect(alarmedQueues, id).toContain(JSON.stringify([{ Name: 'QueueName', Value: { 'Fn::GetAtt': [id, 'QueueName'] } }]));
  });

  it('sends stream records to the failure queue young enough to replay from the stream', () => {
    expect(STREAM_MAX_RECORD_AGE.toHours() + STREAM_REPLAY_WINDOW_HOURS).toBe(24);
    expect(STREAM_REPLAY_WINDOW_HOURS).toBeGreaterThanOrEqual(12);
    for (const [, queue] of deadLetterQueues()) expect(queue.Properties.MessageRetentionPeriod).toBe(14 * 24 * 3600);
  });
});

describe('alarms', () => {
  const alarmTopicId = () => logicalIdOf(synth.stack.node.findChild('Alarms').node.findChild('Topic'));
  const alarms = () => ofType('AWS::CloudWatch::Alarm').map(([, a]) => a.Properties);
  const alarmOn = (namespace: string, metricName: string, dimension?: unknown) =>
    alarms().filter((a) => a.Namespace === namespace && a.MetricName === metricName && (dimension === undefined || JSON.stringify(a.Dimensions).includes(JSON.stringify(dimension))));

  it('subscribes the alarmEmail address to the alarm topic', () => {
    synth.template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@clinic.example', TopicArn: { Ref: alarmTopicId() } });
  });

  it('notifies the alarm topic from every alarm', () => {
    expect(alarms().length).toBeGreaterThan(20);
    for (const alarm of alarms()) expect(alarm.AlarmActions, alarm.AlarmDescription).toEqual([{ Ref: alarmTopicId() }]);
  });

  it('watches errors and throttles of every function', () => {
    const functions = Object.values(everyFunction(synth.stack));
    expect(functions.length).toBe(ofType('AWS::Lambda::Function').filter(([id]) => !id.startsWith('CustomCDKBucketDeployment')).length);
    for (const fn of functions) {
      const dimension = { Name: 'FunctionName', Value: { Ref: logicalIdOf(fn) } };
      expect(alarmOn('AWS/Lambda', 'Errors', dimension), fn.node.path).toHaveLength(1);
      expect(alarmOn('AWS/Lambda', 'Throttles', dimension), fn.node.path).toHaveLength(1);
    }
  });

  it("watches each stream consumer's iterator age", () => {
    for (const [name, fn] of Object.entries(synth.stack.streams.functions)) {
      const [alarm] = alarmOn('AWS/Lambda', 'IteratorAge', { Name: 'FunctionName', Value: { Ref: logicalIdOf(fn.function) } });
      expect(alarm, name).toMatchObject({ Statistic: 'Maximum', Threshold: ALARM_THRESHOLDS.streamIteratorAgeMs });
    }
  });

  it("watches the API's 5xx and p99 latency", () => {
    const api = { Name: 'ApiId', Value: { Ref: logicalIdOf(synth.stack.http.api) } };
    expect(alarmOn('AWS/ApiGateway', '5xx', api)).toHaveLength(1);
    expect(alarmOn('AWS/ApiGateway', 'Latency', api)).toEqual([expect.objectContaining({ ExtendedStatistic: 'p99', Threshold: ALARM_THRESHOLDS.apiP99LatencyMs })]);
  });

  it('watches table throttles', () => {
    const table = { Name: 'TableName', Value: { Ref: logicalIdOf(synth.stack.table) } };
    for (const metric of ['ReadThrottleEvents', 'WriteThrottleEvents']) expect(alarmOn('AWS/DynamoDB', metric, table), metric).toHaveLength(1);
  });

  it('watches Scheduler target errors, drops and dead letters of the reminder group', () => {
    const group = { Name: 'ScheduleGroup', Value: synth.stack.resolve(synth.stack.scheduler.group.scheduleGroupName) };
    for (const metric of ['TargetErrorCount', 'InvocationDroppedCount', 'InvocationsSentToDeadLetterCount', 'InvocationsFailedToBeSentToDeadLetterCount']) {
      expect(alarmOn('AWS/Scheduler', metric, group), metric).toHaveLength(1);
    }
  });

  it('watches SES bounce and complaint rates at the levels SES reviews an account', () => {
    expect(alarmOn('AWS/SES', 'Reputation.BounceRate')).toEqual([expect.objectContaining({ Threshold: 0.05 })]);
    expect(alarmOn('AWS/SES', 'Reputation.ComplaintRate')).toEqual([expect.objectContaining({ Threshold: 0.001 })]);
  });

  it('draws one dashboard with every alarm', () => {
    const dashboards = ofType('AWS::CloudWatch::Dashboard');
    expect(dashboards).toHaveLength(1);
    const body = JSON.stringify(dashboards[0]![1].Properties.DashboardBody);
    for (const [id] of ofType('AWS::CloudWatch::Alarm')) expect(body).toContain(JSON.stringify({ 'Fn::GetAtt': [id, 'Arn'] }));
  });
});

describe('least privilege on the table', () => {
  const tableArn = () => ref(logicalIdOf(synth.stack.table));
  const tableStatements = (fn: IFunction) =>
    statementsOfRole(synth.template, logicalIdOf(fn.role!)).filter((s) => s.actions.some((a) => a.startsWith('dynamodb:')) && s.resources.includes(tableArn()));
  const describeStatement = (s: Statement) => {
    const actions = s.actions.map((a) => a.replace('dynamodb:', '')).sort().join(',');
    const keys = Object.entries(s.condition ?? {}).map(([operator, value]) => `${operator} ${JSON.stringify((value as Record<string, unknown>)['dynamodb:LeadingKeys'])}`);
    return `${s.effect} ${actions}${keys.length ? ` where ${keys.join(' ')}` : ''}`;
  };

  it('matches the reviewed expectation, function by function', async () => {
    const rows = Object.entries(everyFunction(synth.stack)).map(([name, fn]) => `| ${name} | ${tableStatements(fn).map(describeStatement).join('<br>') || '(none)'} |`);
    const table = ['| function | table statements |', '| --- | --- |', ...rows].join('\n');
    // A widening shows up as a diff of this file; update it with `npx vitest run test/infra/production.test.ts -u` after review.
    await expect(`${table}\n`).toMatchFileSnapshot('./tableAccess.expected.md');
  });

  it('lets no function but the audit consumer write audit events, and that one only create them', () => {
    const auditConsumer = synth.stack.streams.functions.audit!.function;
    for (const [name, fn] of Object.entries(everyFunction(synth.stack))) {
      const statements = tableStatements(fn);
      const writes = statements.filter((s) => s.effect === 'Allow' && s.actions.some((a) => /Put|Update|Delete|BatchWrite/.test(a)));
      if (fn === auditConsumer) {
        expect(writes.map(describeStatement), name).toEqual([`Allow PutItem where ForAllValues:StringLike ${JSON.stringify([AUDIT_EVENT_KEYS])}`]);
        continue;
      }
      if (writes.length === 0) continue;
      const unscoped = writes.some((s) => !s.condition);
      if (unscoped) {
        expect(statements.map(describeStatement), name).toContain(`Deny DeleteItem,PutItem,UpdateItem where ForAnyValue:StringLike ${JSON.stringify([AUDIT_EVENT_KEYS])}`);
      } else {
        for (const s of writes) expect(JSON.stringify(s.condition), name).not.toContain('entitytype');
      }
    }
  });

  it('gives the public function no delete beyond occupancy claims and spent email codes, and platform one probe key', () => {
    const publicDeletes = tableStatements(synth.stack.http.functions.public.function).filter((s) => s.effect === 'Allow' && s.actions.includes('dynamodb:DeleteItem'));
    expect(publicDeletes).toHaveLength(1);
    expect(publicDeletes[0]!.condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['$casefile#clinicid_*#calendarid_*', '$casefile#clinicid_*#emailhash_*'] } });
    expect(tableStatements(synth.stack.http.functions.platform.function).map(describeStatement)).toEqual(['Allow GetItem where ForAllValues:StringLike ["$health-probe"]']);
  });

  it('allows no Scan and no batch writes anywhere', () => {
    const actions = ofType('AWS::IAM::Policy').flatMap(([, p]) => JSON.stringify(p.Properties.PolicyDocument));
    for (const policy of actions) expect(policy).not.toMatch(/dynamodb:(Scan|BatchWriteItem|\*)/);
  });
});

describe('mail from the clinic domain', () => {
  it('verifies the domain in SES with 2048-bit Easy DKIM, a custom MAIL FROM and the configuration set', () => {
    synth.template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'clinic.example',
      DkimSigningAttributes: { NextSigningKeyLength: 'RSA_2048_BIT' },
      MailFromAttributes: { MailFromDomain: 'mail.clinic.example', BehaviorOnMxFailure: 'USE_DEFAULT_VALUE' },
      ConfigurationSetAttributes: { ConfigurationSetName: { Ref: logicalIdOf(synth.stack.mail.configurationSet) } },
    });
  });

  it('prints every DNS record the domain needs as outputs', () => {
    const outputs = Object.keys(synth.template.toJSON().Outputs as Record<string, unknown>);
    for (const name of ['DkimRecord1', 'DkimRecord2', 'DkimRecord3', 'MailFromMxRecord', 'MailFromSpfRecord', 'DmarcRecord']) {
      expect(outputs.some((o) => o.startsWith(`MailDomain${name}`)), name).toBe(true);
    }
  });

  it('has Cognito send through SES from the domain, and notifications from it', () => {
    synth.template.hasResourceProperties('AWS::Cognito::UserPool', {
      EmailConfiguration: Match.objectLike({ EmailSendingAccount: 'DEVELOPER', From: Match.stringLikeRegexp('no-reply@clinic.example'), SourceArn: Match.anyValue() }),
    });
    const variables = resources[logicalIdOf(synth.stack.notifications.sendNotification.function)].Properties.Environment.Variables;
    expect(variables.MAIL_FROM).toBe('notifications@clinic.example');
    expect(Annotations.fromStack(synth.stack).findWarning('*', Match.stringLikeRegexp('NO MAIL DOMAIN'))).toEqual([]);
  });

  it('creates the records in a Route 53 zone when one is given', () => {
    const stack = new Stack(new App(), 'MailOnly');
    new MailDomain(stack, 'MailDomain', { domain: 'clinic.example', hostedZone: { id: 'Z123', name: 'clinic.example' }, configurationSet: new ConfigurationSet(stack, 'Set') });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Route53::RecordSet', 5);
    template.hasResourceProperties('AWS::Route53::RecordSet', { Type: 'MX', Name: 'mail.clinic.example.', HostedZoneId: 'Z123' });
    template.hasResourceProperties('AWS::Route53::RecordSet', { Type: 'TXT', Name: 'mail.clinic.example.', ResourceRecords: ['"v=spf1 include:amazonses.com ~all"'] });
    expect(Object.keys(template.toJSON().Outputs as Record<string, unknown>).filter((o) => o.includes('Dkim'))).toEqual([]);
  });
});

describe('safe redeploys', () => {
  const casefileFunctions = () => synth.stack.node.findAll().filter((c): c is CasefileFunction => c instanceof CasefileFunction);
  const versionOf = (aliasId: string) => (resources[aliasId]!.Properties.FunctionVersion as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'];

  it('publishes a version of every function and points its live alias at it', () => {
    expect(casefileFunctions().length).toBe(Object.keys(everyFunction(synth.stack)).length);
    for (const fn of casefileFunctions()) {
      const aliasId = logicalIdOf(fn.alias);
      expect(resources[aliasId]!.Properties, fn.node.path).toMatchObject({ Name: LIVE_ALIAS, FunctionName: { Ref: logicalIdOf(fn.function) } });
      const [versionId, attribute] = versionOf(aliasId);
      expect(attribute).toBe('Version');
      expect(resources[versionId]!.Properties.FunctionName, fn.node.path).toEqual({ Ref: logicalIdOf(fn.function) });
    }
  });

  it('invokes aliases only: event source mappings, topic subscriptions, the secret rotation, schedule targets', () => {
    const aliasIds = new Set(casefileFunctions().map((fn) => logicalIdOf(fn.alias)));
    const mappings = ofType('AWS::Lambda::EventSourceMapping');
    expect(mappings.length).toBeGreaterThan(Object.keys(synth.stack.streams.functions).length);
    const aliasNames = casefileFunctions().map((fn) => JSON.stringify(synth.stack.resolve(fn.alias.functionName)));
    for (const [id, mapping] of mappings) expect(aliasNames, id).toContain(JSON.stringify(mapping.Properties.FunctionName));
    const lambdaSubscriptions = ofType('AWS::SNS::Subscription').filter(([, s]) => s.Properties.Protocol === 'lambda');
    expect(lambdaSubscriptions.length).toBeGreaterThan(0);
    for (const [id, subscription] of lambdaSubscriptions) expect(aliasIds.has(subscription.Properties.Endpoint.Ref), id).toBe(true);
    for (const [id, rotation] of ofType('AWS::SecretsManager::RotationSchedule')) expect(aliasIds.has(rotation.Properties.RotationLambdaARN.Ref), id).toBe(true);
    // Every Lambda permission names an alias (API Gateway, SNS, Secrets Manager), none the bare function.
    for (const [id, permission] of ofType('AWS::Lambda::Permission')) {
      if (id.startsWith('CustomCDKBucketDeployment')) continue;
      expect(aliasIds.has(permission.Properties.FunctionName.Ref), id).toBe(true);
    }
    const reminders = resources[logicalIdOf(synth.stack.streams.functions.notifications!.function)].Properties.Environment.Variables;
    expect(reminders.NOTIFICATION_TARGET_ARN).toEqual({ Ref: logicalIdOf(synth.stack.notifications.sendNotification.alias) });
    const offers = resources[logicalIdOf(synth.stack.streams.functions.waitlist!.function)].Properties.Environment.Variables;
    expect(JSON.stringify(offers.WAITLIST_OFFER_TARGET_ARN)).toMatch(new RegExp(`waitlist-offer-expiry:${LIVE_ALIAS}"`));
    const recalls = resources[logicalIdOf(synth.stack.streams.functions.recalls!.function)].Properties.Environment.Variables;
    expect(JSON.stringify(recalls.RECALL_TARGET_ARN)).toMatch(new RegExp(`fire-recall:${LIVE_ALIAS}"`));
  });

  it('deploys every API function through a CodeDeploy canary that rolls back on its errors alarm or a failed deployment', () => {
    const groups = ofType('AWS::CodeDeploy::DeploymentGroup');
    expect(groups).toHaveLength(API_FUNCTIONS.length);
    const applications = ofType('AWS::CodeDeploy::Application');
    expect(applications).toEqual([[expect.any(String), expect.objectContaining({ Properties: { ComputePlatform: 'Lambda' } })]]);
    for (const name of API_FUNCTIONS) {
      const fn = synth.stack.http.functions[name];
      const alias = synth.template.toJSON().Resources[logicalIdOf(fn.alias)];
      const update = alias.UpdatePolicy.CodeDeployLambdaAliasUpdate;
      expect(update.ApplicationName, name).toEqual({ Ref: applications[0]![0] });
      const group = resources[update.DeploymentGroupName.Ref]!.Properties;
      expect(group, name).toMatchObject({
        DeploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes',
        DeploymentStyle: { DeploymentType: 'BLUE_GREEN', DeploymentOption: 'WITH_TRAFFIC_CONTROL' },
        AutoRollbackConfiguration: { Enabled: true, Events: expect.arrayContaining(['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM']) },
      });
      expect(group.AlarmConfiguration, name).toMatchObject({ Enabled: true });
      // The rollback alarm is the function's errors alarm, on the alias (the new version's traffic).
      const [alarmRef] = group.AlarmConfiguration.Alarms as { Name: { Ref: string } }[];
      const alarm = resources[alarmRef!.Name.Ref]!.Properties;
      expect(alarm, name).toMatchObject({ Namespace: 'AWS/Lambda', MetricName: 'Errors', Threshold: 1 });
      expect(alarm.Dimensions, name).toEqual([
        { Name: 'FunctionName', Value: { Ref: logicalIdOf(fn.function) } },
        { Name: 'Resource', Value: { 'Fn::Join': ['', [{ Ref: logicalIdOf(fn.function) }, `:${LIVE_ALIAS}`]] } },
      ]);
    }
  });

  it('gives CodeDeploy a role of its own that names each alias and alarm, with no AWS managed policy', () => {
    const roleId = logicalIdOf(synth.stack.deployment.role);
    expect(resources[roleId]!.Properties.ManagedPolicyArns).toBeUndefined();
    const policies = ofType('AWS::IAM::ManagedPolicy').filter(([, p]) => JSON.stringify(p.Properties.Roles) === JSON.stringify([{ Ref: roleId }]));
    const document = JSON.stringify(policies.map(([, p]) => p.Properties.PolicyDocument));
    expect(document).not.toContain('"*"');
    for (const name of API_FUNCTIONS) expect(document, name).toContain(JSON.stringify({ Ref: logicalIdOf(synth.stack.http.functions[name].alias) }));
  });

  it('reads the deployment preference from context: canary unless set, allAtOnce for a first deploy', () => {
    expect(deploymentPreference(undefined)).toBe('canary');
    expect(deploymentPreference('linear')).toBe('linear');
    expect(DEPLOYMENT_PREFERENCES.allAtOnce.deploymentConfigName).toBe('CodeDeployDefault.LambdaAllAtOnce');
    expect(() => deploymentPreference('fast')).toThrow(/canary, linear, allAtOnce/);
  });

  it("keeps the main stack and each nested stack well under CloudFormation's 500 resources", () => {
    const main = Object.keys(synth.template.toJSON().Resources as Record<string, unknown>).length;
    // Headroom for new areas: a function brings about eight resources to the main stack.
    expect(main).toBeLessThan(400);
    for (const nested of synth.stack.node.findAll().filter((c): c is NestedStack => NestedStack.isNestedStack(c))) {
      expect(Object.keys(Template.fromStack(nested).toJSON().Resources as Record<string, unknown>).length, nested.node.path).toBeLessThan(400);
    }
  });
});
