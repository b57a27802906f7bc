/**
 * The one way Casefile builds a Lambda: Node 22 on arm64, an ESM bundle with source maps, its own
 * encrypted log group, X-Ray, and a role that starts empty so every permission is a visible grant.
 * The source maps ship in the asset but are not loaded (no --enable-source-maps): loading them cost
 * about a tenth more import CPU on every cold start (`npm run bench:cold`, "with maps"), and stack
 * traces can be mapped afterwards from the asset.
 *
 * Every deploy publishes a version, and the `live` alias is what everything invokes (API routes,
 * event sources, schedules, rotation): the alias is the one thing a gradual deployment moves and a
 * rollback moves back (gradualDeployment.ts).
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Alias, Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { BUNDLE_ALIASES, LAMBDA_BUNDLING } from '../lambdaBundling';
import { LOCK_FILE, REPO_ROOT, TSCONFIG } from '../paths';
import { type TableAccess, grantTableAccess } from '../tableGrants';
import { acknowledge } from '../nag';
import { acknowledgeFunctionFindings } from './functionAcknowledgments';

/** The alias every caller invokes; `$LATEST` is never invoked by Casefile's own wiring. */
export const LIVE_ALIAS = 'live';

export interface CasefileFunctionProps {
  /** Absolute path of the entry file; it exports `handler`. */
  entry: string;
  description: string;
  /** Powertools' service name, also the name logs and traces are grouped by. */
  serviceName: string;
  table: ITable;
  tableAccess: TableAccess;
  logKey: IKey;
  timeout?: Duration;
  environment?: Record<string, string>;
  /** For functions invoked asynchronously (schedules, SNS): where events go after the retries. */
  deadLetterQueue?: IQueue;
}

export class CasefileFunction extends Construct {
  readonly function: NodejsFunction;
  /** `live`: the published version callers invoke. Configuration (environment, role) stays on `function`. */
  readonly alias: Alias;

  constructor(scope: Construct, id: string, props: CasefileFunctionProps) {
    super(scope, id);

    const logGroup = new LogGroup(this, 'Logs', {
      retention: RetentionDays.ONE_YEAR,
      encryptionKey: props.logKey,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // A role of our own instead of the default one with AWSLambdaBasicExecutionRole (logs:* on any group).
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Casefile ${props.serviceName}`,
    });
    logGroup.grantWrite(role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: props.timeout ?? Duration.seconds(10),
      role,
      logGroup,
      tracing: Tracing.ACTIVE,
      ...(props.deadLetterQueue ? { deadLetterQueue: props.deadLetterQueue } : {}),
      projectRoot: REPO_ROOT,
      depsLockFilePath: LOCK_FILE,
      environment: {
        TABLE_NAME: props.table.tableName,
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: LAMBDA_BUNDLING.target,
        mainFields: [...LAMBDA_BUNDLING.mainFields],
        banner: LAMBDA_BUNDLING.banner,
        minify: LAMBDA_BUNDLING.minify,
        sourceMap: LAMBDA_BUNDLING.sourceMap,
        sourcesContent: LAMBDA_BUNDLING.sourcesContent,
        // Ship the SDK version we test against, not whatever the runtime happens to carry.
        bundleAwsSDK: true,
        tsconfig: TSCONFIG,
        // esbuild runs in the project root, so the relative alias targets resolve there.
        esbuildArgs: Object.fromEntries(Object.entries(BUNDLE_ALIASES).map(([name, target]) => [`--alias:${name}`, target])),
      },
    });

    this.alias = new Alias(this, 'Live', { aliasName: LIVE_ALIAS, version: this.function.currentVersion });
    acknowledge(this.alias, {
      id: 'CloudFormation-Validate::W3694',
      reason: "A topic subscribes the live alias: SNS invokes a qualified (alias) ARN, while the template linter expects an unqualified function for protocol 'lambda'.",
    });

    grantTableAccess(props.table, this.function, props.tableAccess);

    acknowledgeFunctionFindings(this, props.table);
  }
}
