/**
 * The app as `cdk deploy` builds it (issue 20): the us-east-1 edge stack's web ACL on the
 * distribution, the API reachable only with CloudFront's origin secret, the CSP, access logs that
 * expire, and names that survive a failed first deploy. The whole app is
 * synthesized twice (defaults; a custom domain with 30-day logs) with cdk-nag's packs registered, so a
 * finding fails synthesis here.
 */
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../functions/src/http/contentSecurityPolicy';
import { ORIGIN_VERIFY_HEADER } from '../../functions/src/http/originVerify';
import { API_FUNCTIONS } from '../../functions/src/routes';
import { buildCasefileApp, type CasefileApp } from '../../infra/lib/casefileApp';
import { PUBLIC_API_PREFIX, PUBLIC_API_RATE_LIMIT } from '../../infra/lib/edgeStack';
import { mergedTemplate, newApp } from './synthStack';

function build(context: Record<string, string>): CasefileApp & { main: Template; withNested: Template; edgeTemplate: Template } {
  const base = newApp();
  const app = new App({ context: { ...Object.fromEntries(Object.entries(base.node.getAllContext())), ...context } });
  const built = buildCasefileApp(app);
  return { ...built, main: Template.fromStack(built.stack), withNested: mergedTemplate(built.stack), edgeTemplate: Template.fromStack(built.edge) };
}

type Json = Record<string, unknown>;
const resourcesOf = (template: Template, type: string) => Object.values(template.findResources(type)) as { Properties: Json }[];

describe('the deployed app', () => {
  let app: ReturnType<typeof build>;
  beforeAll(() => {
    app = build({ alarmEmail: 'ops@clinic.example', mailDomain: 'clinic.example' });
  }, 240_000);

  it('puts the web ACL in us-east-1 with the managed rule groups and a per-address limit on the public API', () => {
    expect(app.edge.region).toBe('us-east-1');
    const [acl] = resourcesOf(app.edgeTemplate, 'AWS::WAFv2::WebACL');
    expect(acl!.Properties.Scope).toBe('CLOUDFRONT');
    const rules = acl!.Properties.Rules as { Name: string; Statement: Json }[];
    expect(rules.map((rule) => rule.Name)).toEqual(['AWSManagedRulesCommonRuleSet', 'AWSManagedRulesKnownBadInputsRuleSet', 'PublicApiPerAddress']);
    expect(rules[2]!.Statement).toMatchObject({
      RateBasedStatement: {
        Limit: PUBLIC_API_RATE_LIMIT,
        AggregateKeyType: 'IP',
        ScopeDownStatement: { ByteMatchStatement: { SearchString: PUBLIC_API_PREFIX, PositionalConstraint: 'STARTS_WITH', FieldToMatch: { UriPath: {} } } },
      },
    });
    app.edgeTemplate.hasResourceProperties('AWS::WAFv2::LoggingConfiguration', {
      RedactedFields: Match.arrayWith([{ SingleHeader: { Name: 'authorization' } }, { SingleHeader: { Name: ORIGIN_VERIFY_HEADER } }]),
    });
  });

  it('attaches the web ACL to the distribution through a cross-region stack output', () => {
    const [distribution] = resourcesOf(app.main, 'AWS::CloudFront::Distribution');
    const webAcl = JSON.stringify((distribution!.Properties.DistributionConfig as Json).WebACLId);
    expect(webAcl).toContain('Fn::GetStackOutput');
    expect(webAcl).toContain('us-east-1');
  });

  it('sends the origin secret to the API from Secrets Manager, rotated, and the viewer address on /api/*', () => {
    const [distribution] = resourcesOf(app.main, 'AWS::CloudFront::Distribution');
    const config = distribution!.Properties.DistributionConfig as { Origins: { CustomOriginConfig?: unknown; OriginCustomHeaders?: { HeaderName: string; HeaderValue: unknown }[] }[]; CacheBehaviors: { PathPattern: string; FunctionAssociations?: unknown[] }[] };
    const api = config.Origins.find((origin) => origin.CustomOriginConfig)!;
    const header = api.OriginCustomHeaders!.find((item) => item.HeaderName === ORIGIN_VERIFY_HEADER)!;
    expect(JSON.stringify(header.HeaderValue)).toContain('{{resolve:secretsmanager:');
    expect(config.CacheBehaviors.find((behavior) => behavior.PathPattern === '/api/*')!.FunctionAssociations).toHaveLength(1);
    app.main.hasResourceProperties('AWS::CloudFront::Function', { FunctionCode: Match.stringLikeRegexp("x-viewer-address'\\] = \\{ value: event.viewer.ip \\}") });
    app.main.hasResourceProperties('AWS::SecretsManager::RotationSchedule', { RotationRules: { ScheduleExpression: 'rate(30 days)' } });
    const checking = resourcesOf(app.main, 'AWS::Lambda::Function').filter((fn) => JSON.stringify(fn.Properties.Environment ?? {}).includes('ORIGIN_VERIFY_SECRET_ARN'));
    expect(checking).toHaveLength(API_FUNCTIONS.length);
  });

  it('sends the strict CSP with every page', () => {
    app.main.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: { SecurityHeadersConfig: Match.objectLike({ ContentSecurityPolicy: { ContentSecurityPolicy: CONTENT_SECURITY_POLICY, Override: true } }) },
    });
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('expires access logs after 90 days unless told, and keeps the link secret', () => {
    // The API's access log lives in the nested API stack.
    app.withNested.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 90, LogGroupName: Match.absent() });
    app.main.hasResourceProperties('AWS::S3::Bucket', { LifecycleConfiguration: { Rules: Match.arrayWith([Match.objectLike({ ExpirationInDays: 90 })]) }, OwnershipControls: Match.anyValue() });
    const secrets = app.main.findResources('AWS::SecretsManager::Secret', { Properties: { Description: Match.stringLikeRegexp('manage links') } });
    expect(Object.values(secrets).map((secret) => secret.DeletionPolicy)).toEqual(['Retain']);
  });

  it('names the retained vault and schedule group per stack creation', () => {
    for (const [type, property] of [['AWS::Backup::BackupVault', 'BackupVaultName'], ['AWS::Scheduler::ScheduleGroup', 'Name']] as const) {
      const [resource] = resourcesOf(app.main, type);
      expect(JSON.stringify(resource!.Properties[property]), type).toContain('"Fn::Split":["/",{"Ref":"AWS::StackId"}]');
    }
  });
});

describe('the deployed app with the clinic’s domain and log period', () => {
  it('serves the domain with a us-east-1 certificate at TLS 1.2 or later, and keeps access logs 30 days', () => {
    const app = build({ domainName: 'book.clinic.example', accessLogDays: '30' });
    app.edgeTemplate.hasResourceProperties('AWS::CertificateManager::Certificate', { DomainName: 'book.clinic.example' });
    app.main.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({ Aliases: ['book.clinic.example'], ViewerCertificate: Match.objectLike({ MinimumProtocolVersion: 'TLSv1.2_2021' }) }),
    });
    app.withNested.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
    app.main.hasResourceProperties('AWS::S3::Bucket', { LifecycleConfiguration: { Rules: Match.arrayWith([Match.objectLike({ ExpirationInDays: 30 })]) } });
    app.main.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ PUBLIC_SITE_URL: 'https://book.clinic.example' }) } });
  }, 240_000);
});
