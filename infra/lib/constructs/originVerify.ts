/**
 * The API answers only requests that came through CloudFront (issue 20): a secret CloudFront sends to
 * the API origin as `x-origin-verify`, checked first in every handler (functions/src/http/originVerify.ts).
 * Chosen over disabling the `execute-api` endpoint behind a custom API domain because it holds for
 * every deployment, with or without a domain of the clinic's own. Secrets Manager rotates it every 30
 * days with a function that makes the new value current and then writes it into CloudFront's origin.
 */
import { Arn, Duration, Stack } from 'aws-cdk-lib';
import type { Distribution } from 'aws-cdk-lib/aws-cloudfront';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { taskEntry } from '../paths';
import { CasefileFunction } from './casefileFunction';

export const ORIGIN_VERIFY_ROTATION = Duration.days(30);

export interface OriginVerifyProps {
  encryptionKey: IKey;
  /** CasefileFunction wants one; the rotation function gets no access to it. */
  table: ITable;
}

export class OriginVerify extends Construct {
  readonly secret: Secret;
  private readonly props: OriginVerifyProps;

  constructor(scope: Construct, id: string, props: OriginVerifyProps) {
    super(scope, id);
    this.props = props;
    this.secret = new Secret(this, 'Secret', {
      description: 'Casefile: the header CloudFront sends to the API origin, so direct calls to execute-api are refused.',
      encryptionKey: props.encryptionKey,
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
  }

  /** The API function checks the header against the current and previous values. */
  grantCheck(fn: IFunction & { addEnvironment(key: string, value: string): unknown }): void {
    this.secret.grantRead(fn);
    fn.addEnvironment('ORIGIN_VERIFY_SECRET_ARN', this.secret.secretArn);
  }

  /** Rotates the secret into the distribution's API origin (`apiDomainName`). */
  rotateInto(distribution: Distribution, apiDomainName: string): CasefileFunction {
    const rotation = new CasefileFunction(this, 'Rotation', {
      entry: taskEntry('scheduled', 'rotateOriginVerify'),
      description: 'Casefile: rotates the origin-verify secret into CloudFront',
      serviceName: 'casefile-rotate-origin-verify',
      table: this.props.table,
      tableAccess: { read: 'none' },
      logKey: this.props.encryptionKey,
      timeout: Duration.seconds(30),
      environment: { DISTRIBUTION_ID: distribution.distributionId, API_ORIGIN_DOMAIN: apiDomainName },
    });
    const stack = Stack.of(this);
    rotation.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['cloudfront:GetDistributionConfig', 'cloudfront:UpdateDistribution'],
        resources: [Arn.format({ service: 'cloudfront', region: '', resource: 'distribution', resourceName: distribution.distributionId }, stack)],
      }),
    );
    this.secret.addRotationSchedule('Rotation', { rotationLambda: rotation.alias, automaticallyAfter: ORIGIN_VERIFY_ROTATION });
    return rotation;
  }
}
