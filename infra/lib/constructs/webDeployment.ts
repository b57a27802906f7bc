/**
 * Uploads built web apps to the site bucket, only those that have been built, each with the runtime
 * config file the stack writes for it (deploy-time values, `Cache-Control: no-cache`). The upload runs in
 * CDK's shared BucketDeployment function, whose findings are acknowledged here because it is CDK's
 * deploy-time machinery, not Casefile code.
 */
import { type CfnElement, DefaultStackSynthesizer, Stack } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct, type IConstruct } from 'constructs';
import { acknowledge } from '../nag';

export interface WebApp {
  /** The built folder; the app is skipped when undefined. */
  sourceDir: string | undefined;
  /** Key prefix in the bucket, without slashes; the bucket root when absent. */
  prefix?: string;
  /** Keys this upload must neither overwrite nor prune (another app's prefix). */
  exclude?: string[];
  /** A JSON file (key relative to the prefix) written from deploy-time values in place of the built one. */
  runtimeConfig?: { key: string; data: unknown } | undefined;
}

export interface WebDeploymentProps {
  apps: Record<string, WebApp>;
  bucket: IBucket;
  distribution: IDistribution;
  logKey: IKey;
}

export class WebDeployment extends Construct {
  constructor(scope: Construct, id: string, props: WebDeploymentProps) {
    super(scope, id);
    const built = Object.entries(props.apps).filter((entry): entry is [string, WebApp & { sourceDir: string }] => entry[1].sourceDir !== undefined);
    if (built.length === 0) return;

    const logGroup = new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_YEAR, encryptionKey: props.logKey });
    for (const [name, app] of built) {
      const config = app.runtimeConfig;
      const exclude = [...(app.exclude ?? []), ...(config ? [config.key] : [])];
      const deployment = new BucketDeployment(this, name, {
        sources: [Source.asset(app.sourceDir)],
        destinationBucket: props.bucket,
        destinationKeyPrefix: app.prefix ? `${app.prefix}/` : undefined,
        // The build's own config file is neither uploaded nor pruned: the config upload owns that key.
        exclude: exclude.length > 0 ? exclude : undefined,
        distribution: props.distribution,
        distributionPaths: [app.prefix ? `/${app.prefix}/*` : '/*'],
        logGroup,
      });
      const handler = deployment.handlerRole.node.scope;
      if (handler) acknowledgeDeploymentHandler(handler, props.bucket);
      if (config) {
        const key = app.prefix ? `${app.prefix}/${config.key}` : config.key;
        new BucketDeployment(this, `${name}Config`, {
          sources: [Source.jsonData(config.key, config.data)],
          destinationBucket: props.bucket,
          destinationKeyPrefix: app.prefix ? `${app.prefix}/` : undefined,
          prune: false,
          cacheControl: [CacheControl.noCache()],
          contentType: 'application/json',
          distribution: props.distribution,
          distributionPaths: [`/${key}`],
          logGroup,
        });
      }
    }
  }
}

const CDK_HANDLER = "CDK's BucketDeployment handler (deploy-time only, runs on stack updates, reachable by CloudFormation alone)";

function acknowledgeDeploymentHandler(handler: IConstruct, bucket: IBucket): void {
  const bucketArn = `<${Stack.of(bucket).getLogicalId(bucket.node.defaultChild as CfnElement)}.Arn>`;
  const assetBucket = `arn:<AWS::Partition>:s3:::cdk-${DefaultStackSynthesizer.DEFAULT_QUALIFIER}-assets-<AWS::AccountId>-<AWS::Region>`;
  const wildcard = (finding: string) => ({
    id: `AwsSolutions-IAM5[${finding}]`,
    reason: `${CDK_HANDLER}: its grants read the CDK asset bucket and sync the site bucket and invalidate the distribution; CDK generates them.`,
  });
  acknowledge(
    handler,
    {
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: `${CDK_HANDLER}: CDK attaches the basic execution policy to the role it creates.`,
    },
    ...['Action::s3:GetBucket*', 'Action::s3:GetObject*', 'Action::s3:List*', 'Action::s3:Abort*', 'Action::s3:DeleteObject*', 'Resource::*'].map(wildcard),
    wildcard(`Resource::${assetBucket}/*`),
    wildcard(`Resource::${bucketArn}/*`),
    { id: 'AwsSolutions-L1', reason: `${CDK_HANDLER}: CDK pins its Python runtime.` },
    { id: 'HIPAA.Security-IAMNoInlinePolicy', reason: `${CDK_HANDLER}: CDK renders its grants as a policy on its own role.` },
    { id: 'HIPAA.Security-LambdaInsideVPC', reason: `${CDK_HANDLER}: it only talks to S3 and CloudFront APIs.` },
    { id: 'HIPAA.Security-LambdaConcurrency', reason: `${CDK_HANDLER}: invoked once per deployment.` },
    { id: 'HIPAA.Security-LambdaDLQ', reason: `${CDK_HANDLER}: CloudFormation invokes it and fails the deployment on error.` },
  );
}
