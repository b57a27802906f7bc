/**
 * What CloudFront needs from us-east-1, whatever region the rest of Casefile runs in: the web ACL
 * (AWS WAF's CLOUDFRONT scope exists only there) and, with a custom domain, its certificate. The main
 * stack reads both as stack outputs (`Fn::GetStackOutput`), so no custom resource is involved; CDK
 * deploys this stack first.
 */
import { Aws, CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { Certificate, CertificateValidation } from 'aws-cdk-lib/aws-certificatemanager';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { HostedZone } from 'aws-cdk-lib/aws-route53';
import { CfnLoggingConfiguration, CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { deploymentSuffix } from './deploymentSuffix';

export const EDGE_REGION = 'us-east-1';
/** The outputs the main stack reads (`Fn::GetStackOutput`). */
export const EDGE_OUTPUTS = { webAclArn: 'WebAclArn', certificateArn: 'CertificateArn' } as const;
/** Requests one address may send to `/api/public/*` in any 5 minutes before WAF blocks it (booking a visit takes about 10). */
export const PUBLIC_API_RATE_LIMIT = 300;
export const PUBLIC_API_PREFIX = '/api/public/';
/** Rules of the core rule set that count instead of block, with the reason (see `managedRule`). */
export const CORE_RULES_COUNTED = {
  // Signed forms carry a drawn signature (a PNG) and note templates run long: bodies over 8 KB are normal here.
  SizeRestrictions_BODY: 'signatures and clinical text exceed 8 KB',
  // Staff edit HTML notification templates (`putNotificationTemplate`); the API escapes what it renders.
  CrossSiteScripting_BODY: 'HTML mail templates are content here',
} as const;

export interface CasefileEdgeStackProps extends StackProps {
  /** Days WAF's request log is kept. */
  logRetentionDays: RetentionDays;
  /** The console's host name and its Route 53 zone, when the clinic brings a domain. */
  customDomain?: { domainName: string; hostedZone?: { id: string; name: string } } | undefined;
}

export class CasefileEdgeStack extends Stack {
  readonly webAcl: CfnWebACL;
  readonly certificate: Certificate | undefined;

  constructor(scope: Construct, id: string, props: CasefileEdgeStackProps) {
    super(scope, id, props);

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      description: 'Casefile: managed core and known-bad-input rules, and a per-address limit on the public booking API',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('casefile-web-acl'),
      rules: [
        managedRule('AWSManagedRulesCommonRuleSet', 10, Object.keys(CORE_RULES_COUNTED)),
        managedRule('AWSManagedRulesKnownBadInputsRuleSet', 20, []),
        {
          name: 'PublicApiPerAddress',
          priority: 30,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              limit: PUBLIC_API_RATE_LIMIT,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
              scopeDownStatement: {
                byteMatchStatement: {
                  fieldToMatch: { uriPath: {} },
                  positionalConstraint: 'STARTS_WITH',
                  searchString: PUBLIC_API_PREFIX,
                  textTransformations: [{ priority: 0, type: 'NONE' }],
                },
              },
            },
          },
          visibilityConfig: visibility('casefile-public-api-per-address'),
        },
      ],
    });

    this.addRequestLog(props.logRetentionDays);
    new CfnOutput(this, EDGE_OUTPUTS.webAclArn, { value: this.webAcl.attrArn });

    if (props.customDomain) {
      const zone = props.customDomain.hostedZone;
      this.certificate = new Certificate(this, 'Certificate', {
        domainName: props.customDomain.domainName,
        validation: zone
          ? CertificateValidation.fromDns(HostedZone.fromHostedZoneAttributes(this, 'Zone', { hostedZoneId: zone.id, zoneName: zone.name }))
          : CertificateValidation.fromDns(),
      });
      new CfnOutput(this, EDGE_OUTPUTS.certificateArn, { value: this.certificate.certificateArn });
    }
  }

  /** WAF's request log: sign-in tokens and the origin secret redacted, encrypted, expiring. */
  private addRequestLog(retention: RetentionDays): void {
    const key = new Key(this, 'LogKey', { description: 'Casefile: encrypts the WAF request log', enableKeyRotation: true });
    key.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal(`logs.${EDGE_REGION}.amazonaws.com`)],
        actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        resources: ['*'],
        conditions: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:${Aws.PARTITION}:logs:${EDGE_REGION}:${Aws.ACCOUNT_ID}:log-group:*` } },
      }),
    );
    // WAF requires a name starting `aws-waf-logs-`; the suffix keeps it unique per stack creation.
    const logs = new LogGroup(this, 'RequestLog', {
      logGroupName: `aws-waf-logs-casefile-${deploymentSuffix(this)}`,
      retention,
      encryptionKey: key,
    });
    new CfnLoggingConfiguration(this, 'RequestLogging', {
      resourceArn: this.webAcl.attrArn,
      logDestinationConfigs: [logs.logGroupArn],
      redactedFields: [{ singleHeader: { Name: 'authorization' } }, { singleHeader: { Name: 'cookie' } }, { singleHeader: { Name: 'x-origin-verify' } }],
    });
  }
}

function visibility(metricName: string): CfnWebACL.VisibilityConfigProperty {
  return { cloudWatchMetricsEnabled: true, metricName, sampledRequestsEnabled: true };
}

function managedRule(name: string, priority: number, counted: readonly string[]): CfnWebACL.RuleProperty {
  return {
    name,
    priority,
    overrideAction: { none: {} },
    statement: {
      managedRuleGroupStatement: {
        vendorName: 'AWS',
        name,
        ...(counted.length > 0 ? { ruleActionOverrides: counted.map((rule) => ({ name: rule, actionToUse: { count: {} } })) } : {}),
      },
    },
    visibilityConfig: visibility(`casefile-${name}`),
  };
}
