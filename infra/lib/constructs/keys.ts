/**
 * Customer-managed keys. Patient data (the table) gets a key of its own; logs, queues and topics share
 * an operations key whose policy lets exactly the services that write to them use it.
 */
import { Aws, RemovalPolicy } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

export class EncryptionKeys extends Construct {
  readonly tableKey: Key;
  readonly opsKey: Key;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    this.tableKey = new Key(this, 'TableKey', {
      description: 'Casefile: encrypts the clinic table and its stream',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.opsKey = new Key(this, 'OpsKey', {
      description: 'Casefile: encrypts log groups, failure queues and notification topics',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.opsKey.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchLogsInThisAccount',
        principals: [new ServicePrincipal(`logs.${Aws.REGION}.amazonaws.com`)],
        actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        resources: ['*'],
        conditions: {
          ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:${Aws.PARTITION}:logs:${Aws.REGION}:${Aws.ACCOUNT_ID}:log-group:*` },
        },
      }),
    );
    // CloudWatch alarms and SES publish to topics encrypted with this key.
    this.opsKey.addToResourcePolicy(
      new PolicyStatement({
        sid: 'PublishToEncryptedTopics',
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com'), new ServicePrincipal('ses.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
      }),
    );
  }
}
