/**
 * The clinic's sending domain in SES: a domain identity with Easy DKIM (2048-bit) and a custom MAIL
 * FROM subdomain, so mail passes SPF and DKIM aligned with the domain. With a Route 53 hosted zone the
 * identity creates its DNS records; without one they are stack outputs for whoever runs the domain's DNS.
 */
import { Annotations, CfnOutput, Stack } from 'aws-cdk-lib';
import { type IPublicHostedZone, PublicHostedZone } from 'aws-cdk-lib/aws-route53';
import { DkimIdentity, EasyDkimSigningKeyLength, EmailIdentity, type IConfigurationSet, Identity, MailFromBehaviorOnMxFailure } from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';

export interface MailDomainProps {
  /** The domain mail is sent from (`clinic.example`). */
  domain: string;
  /** The MAIL FROM subdomain's first label (default `mail`: `mail.clinic.example`). */
  mailFromSubdomain?: string | undefined;
  /** A public hosted zone for the domain: records are created in it. */
  hostedZone?: { id: string; name: string } | undefined;
  configurationSet: IConfigurationSet;
}

export const DEFAULT_MAIL_FROM_SUBDOMAIN = 'mail';

export class MailDomain extends Construct {
  readonly identity: EmailIdentity;
  readonly domain: string;
  readonly mailFromDomain: string;

  constructor(scope: Construct, id: string, props: MailDomainProps) {
    super(scope, id);
    this.domain = props.domain;
    this.mailFromDomain = `${props.mailFromSubdomain ?? DEFAULT_MAIL_FROM_SUBDOMAIN}.${props.domain}`;
    const zone: IPublicHostedZone | undefined = props.hostedZone
      ? PublicHostedZone.fromPublicHostedZoneAttributes(this, 'Zone', { hostedZoneId: props.hostedZone.id, zoneName: props.hostedZone.name })
      : undefined;

    this.identity = new EmailIdentity(this, 'Identity', {
      // With a zone, CDK writes the three DKIM CNAMEs into it.
      identity: zone ? Identity.publicHostedZone(zone) : Identity.domain(props.domain),
      dkimIdentity: DkimIdentity.easyDkim(EasyDkimSigningKeyLength.RSA_2048_BIT),
      mailFromDomain: this.mailFromDomain,
      // Until the MX record resolves, SES falls back to its own MAIL FROM instead of refusing to send.
      mailFromBehaviorOnMxFailure: MailFromBehaviorOnMxFailure.USE_DEFAULT_VALUE,
      configurationSet: props.configurationSet,
    });

    const region = Stack.of(this).region;
    const mx = `10 feedback-smtp.${region}.amazonses.com`;
    const spf = '"v=spf1 include:amazonses.com ~all"';
    // With a zone, the identity writes the DKIM CNAMEs and the MAIL FROM MX and SPF records itself.
    if (!zone) {
      this.identity.dkimRecords.forEach((record, index) => {
        new CfnOutput(this, `DkimRecord${index + 1}`, { description: 'DNS: DKIM CNAME (name -> value)', value: `${record.name} CNAME ${record.value}` });
      });
      new CfnOutput(this, 'MailFromMxRecord', { description: 'DNS: MX of the MAIL FROM domain', value: `${this.mailFromDomain} MX ${mx}` });
      new CfnOutput(this, 'MailFromSpfRecord', { description: 'DNS: SPF of the MAIL FROM domain', value: `${this.mailFromDomain} TXT ${spf}` });
    }
    // Not created even with a zone: a clinic domain may already publish a DMARC policy of its own.
    new CfnOutput(this, 'DmarcRecord', { description: 'DNS: a starting DMARC policy, if the domain has none', value: `_dmarc.${props.domain} TXT "v=DMARC1; p=none;"` });
  }
}

/** Without a mail domain nothing reaches anyone: say so at every synth. */
export function warnWithoutMailDomain(scope: Construct): void {
  const message =
    'NO MAIL DOMAIN: without `-c mailDomain=clinic.example` there is no SES identity, so booking codes, reminders and alerts are not delivered and Cognito mails at most 50 invitations a day. See README "Deploy to AWS".';
  Annotations.of(scope).addWarningV2('casefile:noMailDomain', message);
}
