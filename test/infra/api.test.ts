import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_FUNCTIONS, ROUTES, routeKey } from '../../functions/src/routes';
import { PUBLIC_ROUTE_THROTTLE, STAGE_THROTTLE } from '../../infra/lib/constructs/httpApi';
import { TABLE_WRITE_ACTIONS } from '../../infra/lib/tableGrants';
import type { Template } from 'aws-cdk-lib/assertions';
import { logicalIdOf, mergedTemplate, synthStack } from './synthStack';

type Resource = { Properties: Record<string, unknown> };

let synth: ReturnType<typeof synthStack>;
beforeAll(() => {
  synth = synthStack();
});

describe('the HTTP API', () => {
  // The stage and routes sit in a nested stack: read them merged with the main stack's resources.
  let template: Template;
  let resources: Record<string, Resource>;
  let jwtAuthorizerId: string | undefined;
  beforeAll(() => {
    template = mergedTemplate(synth.stack);
    resources = template.toJSON().Resources;
    jwtAuthorizerId = Object.keys(template.findResources('AWS::ApiGatewayV2::Authorizer', { Properties: { AuthorizerType: 'JWT' } }))[0];
  });

  const routeFor = (key: string): Resource => {
    const found = Object.values(template.findResources('AWS::ApiGatewayV2::Route', { Properties: { RouteKey: key } }));
    expect(found).toHaveLength(1);
    return found[0] as Resource;
  };

  describe.each(ROUTES.map((route) => [routeKey(route), route] as const))('%s', (key, route) => {
    it(route.auth === 'staff' ? 'sits behind the Cognito JWT authorizer' : 'is public', () => {
      const properties = routeFor(key).Properties;
      if (route.auth === 'staff') {
        expect(jwtAuthorizerId).toBeDefined();
        expect(properties).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: jwtAuthorizerId } });
      } else {
        expect(properties.AuthorizationType).toBe('NONE');
        expect(properties.AuthorizerId).toBeUndefined();
      }
    });

    it(`is served by the live alias of the ${route.fn} function, never $LATEST`, () => {
      const target = JSON.stringify(routeFor(key).Properties.Target);
      const integrationId = /"Ref":"([^"]+)"/.exec(target)?.[1];
      const integration = resources[integrationId ?? ''];
      // An alias's Ref is its ARN.
      expect(integration?.Properties.IntegrationUri).toEqual({ Ref: logicalIdOf(synth.stack.http.functions[route.fn].alias) });
    });
  });

  it('verifies staff tokens against the user pool, for the console client', () => {
    synth.template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: [{ Ref: logicalIdOf(synth.stack.auth.client) }],
        Issuer: { 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp('cognito-idp'), { Ref: logicalIdOf(synth.stack.auth.userPool) }])] },
      },
    });
  });

  it('lets API Gateway invoke each function through its live alias only', () => {
    const permissions = Object.values(template.findResources('AWS::Lambda::Permission', { Properties: { Principal: 'apigateway.amazonaws.com' } })) as Resource[];
    expect(permissions.map((p) => p.Properties.FunctionName).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual(
      API_FUNCTIONS.map((fn) => ({ Ref: logicalIdOf(synth.stack.http.functions[fn].alias) })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    );
  });

  it('throttles the stage, public routes harder, and writes access logs', () => {
    const publicKeys = ROUTES.filter((route) => route.auth === 'public').map(routeKey);
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: STAGE_THROTTLE.rateLimit, ThrottlingBurstLimit: STAGE_THROTTLE.burstLimit },
      RouteSettings: Object.fromEntries(
        publicKeys.map((key) => [key, { ThrottlingRateLimit: PUBLIC_ROUTE_THROTTLE.rateLimit, ThrottlingBurstLimit: PUBLIC_ROUTE_THROTTLE.burstLimit }]),
      ),
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('\\$context.routeKey') },
    });
    expect(PUBLIC_ROUTE_THROTTLE.rateLimit).toBeLessThan(STAGE_THROTTLE.rateLimit);
  });
});

describe('the Lambda functions', () => {
  it('all run Node 22 on arm64 with tracing and their own log group, without loading source maps', () => {
    const functions = Object.entries(synth.template.findResources('AWS::Lambda::Function'));
    expect(functions.length).toBeGreaterThan(0);
    for (const [id, fn] of functions) {
      expect(fn.Properties, id).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: { LogGroup: { Ref: expect.any(String) } },
        Environment: { Variables: { TABLE_NAME: { Ref: logicalIdOf(synth.stack.table) } } },
      });
      // Source maps ship in the bundle but stay off the cold-start path.
      expect(fn.Properties.Environment.Variables.NODE_OPTIONS, id).toBeUndefined();
    }
  });

  it.each(API_FUNCTIONS)('%s may write to the table only if it serves a write route', (fn) => {
    const writes = ROUTES.some((route) => route.fn === fn && route.method !== 'GET');
    const roleId = logicalIdOf(synth.stack.http.functions[fn].function.role!);
    const policies = synth.template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } });
    const actions = JSON.stringify(policies);
    // platform (health) reads one probe key only: see production.test.ts.
    if (fn !== 'platform') expect(actions).toContain('dynamodb:Query');
    expect(actions).not.toContain('dynamodb:Scan');
    for (const action of TABLE_WRITE_ACTIONS) expect(actions.includes(action), action).toBe(writes);
  });

  it('lets only the team function administer staff sign-in accounts', () => {
    const policies = Object.values(synth.template.findResources('AWS::IAM::Policy')).map((p) => JSON.stringify(p));
    const teamRole = logicalIdOf(synth.stack.http.functions.team.function.role!);
    const withCognito = policies.filter((p) => p.includes('cognito-idp:AdminCreateUser'));
    expect(withCognito).toHaveLength(1);
    expect(withCognito[0]).toContain(teamRole);
  });
});
