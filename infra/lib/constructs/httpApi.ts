/**
 * The HTTP API, built from the route table: one Lambda per area, staff routes behind the Cognito JWT
 * authorizer, public routes open but throttled harder than the rest. Routes invoke each function's
 * `live` alias. The stage, routes, integrations and their invoke permissions sit in a nested stack
 * of their own: a route per operation is most of the resources, and the main stack must stay under
 * CloudFormation's 500 as areas gain routes.
 */
import { NestedStack, Stack } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { type CfnStage, HttpApi, HttpMethod, HttpRoute, HttpRouteKey, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { ApiFunctionName, RouteDefinition } from '../../../functions/src/routes';
import { logRetention } from '../logRetention';
import { acknowledge } from '../nag';
import { apiEntry } from '../paths';
import { publicRouteKeys, tableAccessFor } from '../routeAccess';
import { CasefileFunction } from './casefileFunction';

export const STAGE_THROTTLE = { rateLimit: 100, burstLimit: 200 };
export const PUBLIC_ROUTE_THROTTLE = { rateLimit: 10, burstLimit: 20 };

// The route key, not the path: paths are ids only, but query strings can hold search terms (names).
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    requestTime: '$context.requestTime',
    ip: '$context.identity.sourceIp',
    routeKey: '$context.routeKey',
    status: '$context.status',
    responseLength: '$context.responseLength',
    latency: '$context.responseLatency',
    integrationLatency: '$context.integrationLatency',
    integrationError: '$context.integrationErrorMessage',
    authorizerError: '$context.authorizer.error',
    sub: '$context.authorizer.claims.sub',
  }),
);

export interface CasefileHttpApiProps {
  routes: readonly RouteDefinition[];
  functions: readonly ApiFunctionName[];
  table: ITable;
  opsKey: IKey;
  userPool: IUserPool;
  userPoolClient: IUserPoolClient;
  /** How long the access log keeps requests (the clinic's `accessLogDays`). */
  accessLogRetention?: RetentionDays | undefined;
}

export class CasefileHttpApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly functions: Record<ApiFunctionName, CasefileFunction>;
  /** The nested stack the stage, routes and integrations live in. */
  readonly apiStack: NestedStack;

  constructor(scope: Construct, id: string, props: CasefileHttpApiProps) {
    super(scope, id);

    this.apiStack = new NestedStack(this, 'ApiStack', { description: 'Casefile HTTP API: stage, routes and integrations' });
    // The API (and the JWT authorizer, made in its scope) stays in the main stack: the console
    // client's callback names the distribution, whose origin names the API, and the authorizer names
    // the client; with the API nested those would form a cycle between the stacks.
    this.api = new HttpApi(this, 'Api', { description: 'Casefile API', createDefaultStage: false });
    this.stage = this.addDefaultStage(props);

    const authorizer = new HttpUserPoolAuthorizer('StaffJwt', props.userPool, {
      userPoolClients: [props.userPoolClient],
      identitySource: ['$request.header.Authorization'],
    });

    this.functions = Object.fromEntries(
      props.functions.map((fn) => [
        fn,
        new CasefileFunction(this, fn, {
          entry: apiEntry(fn),
          description: `Casefile API: ${fn}`,
          serviceName: `casefile-api-${fn}`,
          table: props.table,
          tableAccess: tableAccessFor(fn, props.routes),
          logKey: props.opsKey,
        }),
      ]),
    ) as Record<ApiFunctionName, CasefileFunction>;

    // One invoke permission per function for the whole API: a permission per route would outgrow
    // Lambda's 20 KB resource-policy limit as areas gain routes. Both name the live alias.
    const integrations = new Map(
      props.functions.map((fn) => [fn, new HttpLambdaIntegration(`${fn}Integration`, this.functions[fn].alias, { scopePermissionToRoute: false })]),
    );

    for (const route of props.routes) {
      const integration = integrations.get(route.fn);
      if (!integration) throw new Error(`Route ${route.operationId} names function ${route.fn}, which is not in API_FUNCTIONS`);
      const httpRoute = new HttpRoute(this.apiStack, route.operationId, {
        httpApi: this.api,
        routeKey: HttpRouteKey.with(route.path, HttpMethod[route.method]),
        integration,
        authorizer: route.auth === 'staff' ? authorizer : undefined,
      });
      if (route.auth === 'public') {
        // The stage's route settings name this route's key, which must exist first.
        this.stage.node.addDependency(httpRoute);
        acknowledge(httpRoute, {
          id: 'AwsSolutions-APIG4',
          reason: `${route.operationId} is public by design (route table: auth 'public'); it is throttled at the route level instead.`,
        });
      }
    }
  }

  private addDefaultStage(props: CasefileHttpApiProps): HttpStage {
    const accessLogs = new LogGroup(this.apiStack, 'AccessLogs', { retention: props.accessLogRetention ?? logRetention(undefined), encryptionKey: props.opsKey });
    const stage = new HttpStage(this.apiStack, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: STAGE_THROTTLE,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: ACCESS_LOG_FORMAT },
    });
    const routeSettings = Object.fromEntries(
      publicRouteKeys(props.routes).map((key) => [
        key,
        { ThrottlingRateLimit: PUBLIC_ROUTE_THROTTLE.rateLimit, ThrottlingBurstLimit: PUBLIC_ROUTE_THROTTLE.burstLimit },
      ]),
    );
    // The L2 stage has no route-level settings; RouteSettings is raw JSON, hence CloudFormation's casing.
    (stage.node.defaultChild as CfnStage).routeSettings = routeSettings;
    return stage;
  }

  /** The API's host name, for CloudFront's `/api/*` origin. */
  get domainName(): string {
    const stack = Stack.of(this);
    return `${this.api.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`;
  }
}
