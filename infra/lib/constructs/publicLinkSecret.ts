/**
 * The secret that signs online-booking manage links and keys emailed codes (Secrets Manager,
 * generated at deploy, encrypted with the ops key). The public API function reads it once per
 * container through PUBLIC_LINK_SECRET_ARN.
 */
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { RemovalPolicy } from 'aws-cdk-lib';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { acknowledge } from '../nag';

export interface PublicLinkSecretProps {
  encryptionKey: IKey;
}

export class PublicLinkSecret extends Construct {
  readonly secret: Secret;

  constructor(scope: Construct, id: string, props: PublicLinkSecretProps) {
    super(scope, id);
    this.secret = new Secret(this, 'Secret', {
      description: 'Casefile: signs online-booking manage links and keys emailed codes.',
      encryptionKey: props.encryptionKey,
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      // Deleting it would void every manage, form and offer link already mailed; a stack deletion keeps it.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(this.secret, {
      id: 'AwsSolutions-SMG4',
      reason: 'Rotating this secret would invalidate every manage link already emailed to clients; it is rotated by redeploying with a new secret when needed.',
    });
    acknowledge(this.secret, {
      id: 'HIPAA.Security-SecretsManagerRotationEnabled',
      reason: 'Rotating this secret would invalidate every manage link already emailed to clients; it is rotated by redeploying with a new secret when needed.',
    });
  }

  grantTo(fn: IFunction & { addEnvironment(key: string, value: string): unknown }): void {
    this.secret.grantRead(fn);
    fn.addEnvironment('PUBLIC_LINK_SECRET_ARN', this.secret.secretArn);
  }
}
