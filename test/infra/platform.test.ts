import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { CachePolicy, OriginRequestPolicy } from 'aws-cdk-lib/aws-cloudfront';
import { beforeAll, describe, expect, it } from 'vitest';
import { STAFF_CLAIM_ATTRIBUTES } from '../../infra/lib/constructs/auth';
import { BOOKING_PREFIX } from '../../infra/lib/constructs/web';
import { logicalIdOf, synthStack } from './synthStack';

let synth: ReturnType<typeof synthStack>;
beforeAll(() => {
  synth = synthStack();
});

describe('staff sign-in', () => {
  it('is invitation-only, with MFA, a strong password policy and threat protection', () => {
    synth.template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'ON',
      Policies: { PasswordPolicy: { MinimumLength: 12, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true } },
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
    });
  });

  it.each(STAFF_CLAIM_ATTRIBUTES)('carries custom:%s in the ID token', (name) => {
    synth.template.hasResourceProperties('AWS::Cognito::UserPool', {
      Schema: Match.arrayWith([Match.objectLike({ Name: name, AttributeDataType: 'String', Mutable: true })]),
    });
    synth.template.hasResourceProperties('AWS::Cognito::UserPoolClient', { ReadAttributes: Match.arrayWith([`custom:${name}`]) });
  });

  it('does not let users write their own clinic id or role', () => {
    const client = synth.template.toJSON().Resources[logicalIdOf(synth.stack.auth.client)];
    const writable: string[] = client.Properties.WriteAttributes;
    expect(writable.length).toBeGreaterThan(0);
    for (const name of STAFF_CLAIM_ATTRIBUTES) expect(writable).not.toContain(`custom:${name}`);
    expect(client.Properties).toMatchObject({ GenerateSecret: false });
  });
});

describe('reminder scheduling', () => {
  it('has a schedule group and a role only EventBridge Scheduler in this account can assume', () => {
    synth.template.hasResourceProperties('AWS::Scheduler::ScheduleGroup', { Name: Match.anyValue() });
    synth.template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [
          Match.objectLike({
            Action: 'sts:AssumeRole',
            Principal: { Service: 'scheduler.amazonaws.com' },
            Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } }, ArnLike: { 'aws:SourceArn': Match.anyValue() } },
          }),
        ],
      },
    });
  });
});

describe('mail', () => {
  it('warns loudly at synthesis when no mail domain is given', () => {
    const warnings = Annotations.fromStack(synth.stack).findWarning('*', Match.stringLikeRegexp('NO MAIL DOMAIN'));
    expect(warnings).toHaveLength(1);
  });

  it('sends through a configuration set that requires TLS and suppresses bounces and complaints', () => {
    synth.template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
      ReputationOptions: { ReputationMetricsEnabled: true },
      SendingOptions: { SendingEnabled: true },
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
    synth.template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: Match.objectLike({ Enabled: true, MatchingEventTypes: ['bounce', 'complaint'], SnsDestination: Match.anyValue() }),
    });
  });
});

describe('the web front door', () => {
  const distribution = () => synth.template.toJSON().Resources[logicalIdOf(synth.stack.web.distribution)].Properties.DistributionConfig;
  const behavior = (pattern: string) => distribution().CacheBehaviors.find((b: { PathPattern: string }) => b.PathPattern === pattern);

  it('serves the site bucket through origin access control, never publicly', () => {
    synth.template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: Match.objectLike({ OriginAccessControlOriginType: 's3', SigningBehavior: 'always' }),
    });
    const siteId = logicalIdOf(synth.stack.web.bucket);
    const origin = distribution().Origins.find((o: { S3OriginConfig?: unknown }) => o.S3OriginConfig);
    expect(origin).toMatchObject({ DomainName: { 'Fn::GetAtt': [siteId, 'RegionalDomainName'] }, OriginAccessControlId: expect.anything() });
    synth.template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: Match.objectLike({ DestinationBucketName: { Ref: logicalIdOf(synth.stack.web.logBucket) } }),
    });
  });

  it('routes /api/* to the HTTP API uncached, with every method and the viewer headers but Host', () => {
    const api = behavior('/api/*');
    expect(api).toMatchObject({
      CachePolicyId: CachePolicy.CACHING_DISABLED.cachePolicyId,
      OriginRequestPolicyId: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER.originRequestPolicyId,
      AllowedMethods: expect.arrayContaining(['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE']),
      ViewerProtocolPolicy: 'https-only',
    });
    const origin = distribution().Origins.find((o: { Id: string }) => o.Id === api.TargetOriginId);
    expect(JSON.stringify(origin.DomainName)).toContain(logicalIdOf(synth.stack.http.api));
    expect(origin.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only' });
  });

  it('serves the console by default and the booking pages under their prefix, with security headers and HTTPS', () => {
    const config = distribution();
    expect(behavior(`/${BOOKING_PREFIX}/*`)).toMatchObject({ TargetOriginId: config.DefaultCacheBehavior.TargetOriginId });
    for (const b of [config.DefaultCacheBehavior, behavior(`/${BOOKING_PREFIX}/*`), behavior('/api/*')]) {
      expect(b.ResponseHeadersPolicyId).toBeDefined();
      expect(b.ViewerProtocolPolicy).toMatch(/https/);
    }
    expect(config.Logging).toMatchObject({ Bucket: { 'Fn::GetAtt': [logicalIdOf(synth.stack.web.logBucket), 'RegionalDomainName'] } });
  });
});

describe('outputs', () => {
  it.each(['ApiUrl', 'DistributionDomainName', 'ConsoleUrl', 'SignInDomain', 'UserPoolId', 'UserPoolClientId', 'TableName'])('exports %s', (name) => {
    synth.template.hasOutput(name, { Value: Match.anyValue() });
  });
});

describe('online booking links', () => {
  it('keeps the public-link secret in Secrets Manager, readable only by the functions that sign or check public links', () => {
    synth.template.hasResourceProperties('AWS::SecretsManager::Secret', { GenerateSecretString: Match.objectLike({ PasswordLength: 64 }) });
    const resources = synth.template.toJSON().Resources as Record<string, { Type: string; Properties: Record<string, unknown> }>;
    const withSecret = Object.values(resources).filter(
      (resource) => resource.Type === 'AWS::Lambda::Function' && JSON.stringify(resource.Properties).includes('PUBLIC_LINK_SECRET_ARN'),
    );
    // Manage links (public), form links (forms), waitlist offers (the waitlist API, consumer and expiry).
    const names = withSecret.map((resource) => /casefile-[a-z-]+/.exec(JSON.stringify(resource.Properties))?.[0]).sort();
    expect(names).toHaveLength(5);
    expect(names).toContain('casefile-api-public');
    expect(names).toContain('casefile-api-forms');
    // Every API function also reads the origin-verify secret; count the readers of this one.
    const linkSecretId = Object.entries(resources).find(([id, resource]) => resource.Type === 'AWS::SecretsManager::Secret' && id.startsWith('PublicLinks'))![0];
    const readers = Object.values(resources).filter((resource) => resource.Type === 'AWS::IAM::Policy' && /secretsmanager:GetSecretValue/.test(JSON.stringify(resource.Properties)) && JSON.stringify(resource.Properties).includes(`"Ref":"${linkSecretId}"`));
    expect(readers).toHaveLength(withSecret.length);
  });
});
