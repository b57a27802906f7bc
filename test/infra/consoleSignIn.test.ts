/**
 * The console in AWS signs in through the Cognito hosted UI: a pool domain, a public app client with
 * the authorization code grant (the console adds PKCE) whose callback is the console's CloudFront
 * URL, the JWT authorizer accepting that client's ID tokens, and `/console-config.json` written at
 * deploy time with the domain and client id, never cached by CloudFront.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { App } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { CachePolicy } from 'aws-cdk-lib/aws-cloudfront';
import { describe, expect, it } from 'vitest';
import { consoleRedirectUrl } from '../../infra/lib/constructs/auth';
import { CONSOLE_CONFIG_KEY } from '../../infra/lib/constructs/web';
import { logicalIdOf, synthStack } from './synthStack';

type Properties = Record<string, unknown>;

function builtConsole(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'casefile-web-')), 'console');
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
  writeFileSync(path.join(dir, CONSOLE_CONFIG_KEY), '{ "auth": { "kind": "local" } }');
  return dir;
}

const { stack, template } = synthStack({ web: { consoleDir: builtConsole() }, auth: { extraConsoleUrls: ['http://localhost:5173'] } });
const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Properties }>;
const clientRef = { Ref: logicalIdOf(stack.auth.client) };
const domainRef = { Ref: logicalIdOf(stack.auth.domain) };
const distributionId = logicalIdOf(stack.web.distribution);
const consoleUrl = { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }, '/']] };

describe('the hosted UI', () => {
  it('has a Cognito domain on the staff pool, its prefix derived from the stack by default', () => {
    const domains = Object.values(template.findResources('AWS::Cognito::UserPoolDomain'));
    expect(domains).toHaveLength(1);
    const properties = domains[0]!.Properties as Properties;
    expect(properties.UserPoolId).toEqual({ Ref: logicalIdOf(stack.auth.userPool) });
    expect(properties.CustomDomainConfig).toBeUndefined();
    const domain = JSON.stringify(properties.Domain);
    expect(domain).toContain('"casefile-"');
    expect(domain).toContain('AWS::StackId');
  });

  it('takes the prefix from the authDomainPrefix setting when given', () => {
    const custom = synthStack({ auth: { domainPrefix: 'riverside-clinic' } }).template;
    custom.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'riverside-clinic' });
  });
});

describe('the console app client', () => {
  const client = () => resources[logicalIdOf(stack.auth.client)]!.Properties;

  it('is public and allows only the authorization code grant, with the OpenID scopes', () => {
    expect(client()).toMatchObject({
      GenerateSecret: false,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      SupportedIdentityProviders: ['COGNITO'],
    });
    expect([...(client().AllowedOAuthScopes as string[])].sort()).toEqual(['email', 'openid', 'profile']);
  });

  it("calls back to and signs out to the console's CloudFront URL (as the console sends it) and the extra dev URL", () => {
    expect(client().CallbackURLs).toEqual([consoleUrl, 'http://localhost:5173/']);
    expect(client().LogoutURLs).toEqual([consoleUrl, 'http://localhost:5173/']);
  });

  it('issues hour-long ID tokens that carry the clinic claims, and revocable refresh tokens', () => {
    expect(client()).toMatchObject({ IdTokenValidity: 60, AccessTokenValidity: 60, EnableTokenRevocation: true, TokenValidityUnits: { IdToken: 'minutes' } });
    expect(client().ReadAttributes).toEqual(expect.arrayContaining(['custom:clinicId', 'custom:role', 'custom:memberId', 'email']));
  });

  it("is the audience of the API's JWT authorizer, so its ID tokens (aud = client id) pass", () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', { AuthorizerType: 'JWT', JwtConfiguration: { Audience: Match.arrayWith([clientRef]) } });
  });
});

describe('/console-config.json', () => {
  const deployments = () => Object.values(template.findResources('Custom::CDKBucketDeployment')).map((resource) => (resource as { Properties: Properties }).Properties);
  const configDeployment = () => {
    const found = deployments().filter((props) => JSON.stringify(props.DistributionPaths) === JSON.stringify([`/${CONSOLE_CONFIG_KEY}`]));
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  it("is written at deploy time with the pool's domain URL and the client id, uncached by browsers", () => {
    const config = configDeployment();
    expect(config).toMatchObject({ Prune: false, SystemMetadata: { 'cache-control': 'no-cache', 'content-type': 'application/json' } });
    expect(config.DestinationBucketKeyPrefix).toBeUndefined();
    const markers = Object.values((config.SourceMarkers as Record<string, unknown>[])[0]!);
    expect(markers).toEqual(expect.arrayContaining([clientRef, domainRef, { Ref: 'AWS::Region' }]));
  });

  it("says cognito, with the hosted UI's URL and the client (the shape web/console's loadAuthConfig accepts)", () => {
    const [key] = configDeployment().SourceObjectKeys as string[];
    const assetDir = path.join((stack.node.root as App).outdir, `asset.${key!.replace(/\.zip$/, '')}`);
    const written = JSON.parse(readFileSync(path.join(assetDir, CONSOLE_CONFIG_KEY), 'utf8')) as { auth: Record<string, string> };
    expect(written.auth).toEqual({ kind: 'cognito', domain: expect.stringMatching(/^https:\/\/<<marker:.*>>\.auth\.<<marker:.*>>\.amazoncognito\.com$/), clientId: expect.stringMatching(/^<<marker:.*>>$/) });
    const data = stack.resolve(stack.auth.consoleConfig()) as { auth: Properties };
    expect(data.auth).toEqual({
      kind: 'cognito',
      domain: { 'Fn::Join': ['', ['https://', domainRef, '.auth.', { Ref: 'AWS::Region' }, '.amazoncognito.com']] },
      clientId: clientRef,
    });
  });

  it("is kept out of the console upload, which neither ships the build's local file nor prunes the written one", () => {
    const upload = deployments().find((props) => JSON.stringify(props.DistributionPaths) === JSON.stringify(['/*']));
    expect(upload?.Exclude).toEqual(expect.arrayContaining([CONSOLE_CONFIG_KEY]));
  });

  it('is never cached by CloudFront', () => {
    const behaviors = (resources[distributionId]!.Properties.DistributionConfig as { CacheBehaviors: { PathPattern: string; CachePolicyId: string }[] }).CacheBehaviors;
    expect(behaviors.find((b) => b.PathPattern === `/${CONSOLE_CONFIG_KEY}`)?.CachePolicyId).toBe(CachePolicy.CACHING_DISABLED.cachePolicyId);
  });
});

describe('console URLs from settings', () => {
  it.each([
    ['http://localhost:5173', 'http://localhost:5173/'],
    ['https://console.example.org/some/path', 'https://console.example.org/'],
  ])('%s is registered as %s', (url, registered) => {
    expect(consoleRedirectUrl(url)).toBe(registered);
  });

  it('refuses plain HTTP beyond localhost', () => {
    expect(() => consoleRedirectUrl('http://console.example.org')).toThrow(/https/);
  });
});
