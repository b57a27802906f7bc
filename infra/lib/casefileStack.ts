/** Everything Casefile runs on in one AWS account and region, wired from the route, consumer and table definitions. */
import { CfnOutput, NestedStack, Stack, type StackProps } from 'aws-cdk-lib';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { UserPoolEmail } from 'aws-cdk-lib/aws-cognito';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { STREAM_CONSUMERS } from '../../functions/src/consumers';
import { API_FUNCTIONS, ROUTES } from '../../functions/src/routes';
import { AlarmTopic } from './constructs/alarmTopic';
import { Analytics } from './constructs/analytics';
import { consoleRedirectUrl, StaffAuth } from './constructs/auth';
import { TableBackup } from './constructs/backup';
import { CasefileHttpApi } from './constructs/httpApi';
import { EncryptionKeys } from './constructs/keys';
import { Mail } from './constructs/mail';
import { MailDomain, warnWithoutMailDomain } from './constructs/mailDomain';
import { Monitoring } from './constructs/monitoring';
import { type DeploymentPreference, GradualDeployment } from './constructs/gradualDeployment';
import { everyAlarm, everyAlias, everyQueue } from './stackInventory';
import { PublicLinkSecret } from './constructs/publicLinkSecret';
import { Notifications } from './constructs/notifications';
import { ReminderScheduler } from './constructs/scheduler';
import { StreamConsumers } from './constructs/streamConsumers';
import { ClinicTable } from './constructs/table';
import { Web } from './constructs/web';
import { Waitlist } from './constructs/waitlist';
import { Recalls } from './constructs/recalls';
import { Sms, type SmsNumberProps } from './constructs/sms';
import { DocumentsBucket, TRANSFER_PREFIXES } from './constructs/documentsBucket';
import { Webhooks } from './constructs/webhooks';
import { OriginVerify } from './constructs/originVerify';
import { logRetention } from './logRetention';

export interface CasefileStackProps extends StackProps {
  /** Subscribed to the alarm topic when given. */
  alarmEmail?: string;
  /** The verified SES sender of notifications (default `notifications@{mail.domain}`). */
  mailFrom?: string | undefined;
  /** The clinic's sending domain: an SES identity with DKIM and MAIL FROM, used by Cognito too. */
  mail?: { domain?: string | undefined; fromSubdomain?: string | undefined; hostedZone?: { id: string; name: string } | undefined };
  /** Built web apps to upload; each is skipped when undefined. */
  web?: { consoleDir?: string; bookingDir?: string };
  /** Staff sign-in: the hosted UI's domain prefix, and console URLs besides CloudFront's (`http://localhost:5173` for a dev server). */
  auth?: { domainPrefix?: string | undefined; extraConsoleUrls?: string[] };
  /** SMS (N1-N2): a two-way number to create, or an existing origination identity's ARN; texts are skipped without either. */
  sms?: { phoneNumber?: SmsNumberProps; originationIdentity?: string };
  /** From the us-east-1 edge stack (casefileApp.ts): the web ACL, and the certificate of the clinic's own domain. */
  edge?: {
    webAclArn: string;
    customDomain?: { domainName: string; certificateArn: string; hostedZone?: { id: string; name: string } | undefined } | undefined;
  };
  /** How long CloudFront's and the API's access logs are kept (context `accessLogDays`, 90 days unless set). */
  accessLogRetention?: RetentionDays;
  /** How a deploy moves API traffic to the new versions (context `deploymentPreference`, `canary` unless set). */
  deploymentPreference?: DeploymentPreference;
  /** Table exports to S3, a Glue catalog and an Athena workgroup with the report queries (context `analytics=true`). */
  analytics?: boolean;
}

export class CasefileStack extends Stack {
  readonly table: Table;
  readonly auth: StaffAuth;
  readonly http: CasefileHttpApi;
  readonly streams: StreamConsumers;
  readonly scheduler: ReminderScheduler;
  readonly mail: Mail;
  readonly mailDomain: MailDomain | undefined;
  readonly notifications: Notifications;
  readonly web: Web;
  readonly monitoring: Monitoring;
  readonly deployment: GradualDeployment;
  readonly sms: Sms;
  readonly originVerify: OriginVerify;
  readonly analytics: Analytics | undefined;

  constructor(scope: Construct, id: string, props: CasefileStackProps = {}) {
    super(scope, id, props);

    const keys = new EncryptionKeys(this, 'Keys');
    this.table = new ClinicTable(this, 'Data', { encryptionKey: keys.tableKey }).table;
    new TableBackup(this, 'Backup', { table: this.table, encryptionKey: keys.tableKey });
    const alarms = new AlarmTopic(this, 'Alarms', { encryptionKey: keys.opsKey, email: props.alarmEmail });
    const mailDomain = props.mail?.domain;
    this.auth = new StaffAuth(this, 'Auth', {
      domainPrefix: props.auth?.domainPrefix,
      // Cognito's own sender stops at 50 mails a day; through SES, invitations come from the clinic's domain.
      email: mailDomain ? UserPoolEmail.withSES({ fromEmail: `no-reply@${mailDomain}`, fromName: 'Casefile', sesVerifiedDomain: mailDomain, sesRegion: this.region }) : undefined,
    });

    const accessLogRetention = props.accessLogRetention ?? logRetention(undefined);
    this.http = new CasefileHttpApi(this, 'Http', {
      routes: ROUTES,
      functions: API_FUNCTIONS,
      table: this.table,
      opsKey: keys.opsKey,
      userPool: this.auth.userPool,
      userPoolClient: this.auth.client,
      accessLogRetention,
    });
    // Only CloudFront knows the origin secret: every API function refuses requests without it.
    this.originVerify = new OriginVerify(this, 'OriginVerify', { encryptionKey: keys.opsKey, table: this.table });
    for (const fn of API_FUNCTIONS) this.originVerify.grantCheck(this.http.functions[fn].function);
    // The team area keeps sign-in accounts in step with members (the identity directory port).
    const team = this.http.functions.team.function;
    this.auth.grantIdentityAdmin(team);
    team.addEnvironment('USER_POOL_ID', this.auth.userPool.userPoolId);

    // Online booking signs manage links and keys emailed codes with a secret of its own.
    const publicLinks = new PublicLinkSecret(this, 'PublicLinks', { encryptionKey: keys.opsKey });
    publicLinks.grantTo(this.http.functions.public.function);
    // Form links are signed with the same secret (their own audience).
    publicLinks.grantTo(this.http.functions.forms.function);

    this.streams = new StreamConsumers(this, 'Streams', {
      consumers: STREAM_CONSUMERS,
      table: this.table,
      opsKey: keys.opsKey,
      alarmTopic: alarms.topic,
    });
    this.scheduler = new ReminderScheduler(this, 'Scheduler');
    this.mail = new Mail(this, 'Mail', { encryptionKey: keys.opsKey });
    this.mailDomain = mailDomain
      ? new MailDomain(this, 'MailDomain', { domain: mailDomain, mailFromSubdomain: props.mail?.fromSubdomain, hostedZone: props.mail?.hostedZone, configurationSet: this.mail.configurationSet })
      : undefined;
    if (this.mailDomain) this.auth.userPool.node.addDependency(this.mailDomain.identity);
    else warnWithoutMailDomain(this);
    const mailFrom = props.mailFrom ?? (mailDomain ? `notifications@${mailDomain}` : undefined);
    this.notifications = new Notifications(this, 'Notifications', { table: this.table, opsKey: keys.opsKey, alarmTopic: alarms.topic, scheduler: this.scheduler, mail: this.mail, mailFrom });
    this.notifications.grantPlanning(this.streams.functions.notifications!);
    this.notifications.grantSendMail(this.http.functions.public);
    this.notifications.grantSendMail(this.http.functions.forms);
    // Webhooks (P2): the consumer queues deliveries; the delivery function mails owners when it disables an endpoint.
    const webhooks = new Webhooks(this, 'Webhooks', { table: this.table, opsKey: keys.opsKey, alarmTopic: alarms.topic });
    webhooks.grantEnqueue(this.streams.functions.webhooks!);
    this.notifications.grantSendMail(webhooks.deliver);
    // The console in AWS signs in through the hosted UI: its config file names the pool's domain and
    // client, and the client takes the distribution's URL (plus any dev URL) as callback.
    this.web = new Web(this, 'Web', {
      apiDomainName: this.http.domainName,
      logKey: keys.opsKey,
      consoleConfig: this.auth.consoleConfig(),
      webAclArn: props.edge?.webAclArn,
      customDomain: props.edge?.customDomain,
      originVerifyValue: this.originVerify.secret.secretValue,
      accessLogDays: accessLogRetention,
      ...props.web,
    });
    this.originVerify.rotateInto(this.web.distribution, this.http.domainName);
    const siteHost = props.edge?.customDomain?.domainName ?? this.web.distribution.distributionDomainName;
    const consoleUrl = `https://${siteHost}/`;
    this.auth.allowConsoleAt(consoleUrl, ...(props.auth?.extraConsoleUrls ?? []).map(consoleRedirectUrl));
    // Manage links in online-booking mail open the booking pages behind this distribution.
    this.http.functions.public.function.addEnvironment('PUBLIC_SITE_URL', `https://${siteHost}`);
    // Waitlist offers (A9): the expiry target, and what the consumer and the API area need to offer time.
    const waitlist = new Waitlist(this, 'Waitlist', {
      table: this.table,
      opsKey: keys.opsKey,
      alarmTopic: alarms.topic,
      scheduler: this.scheduler,
      notifications: this.notifications,
      publicLinks,
      offering: [this.streams.functions.waitlist!, this.http.functions.waitlist],
      siteUrl: `https://${siteHost}`,
    });
    // Recalls (issue 18): the target of each recall's schedules, and the consumer that plans them.
    const recalls = new Recalls(this, 'Recalls', { table: this.table, opsKey: keys.opsKey, alarmTopic: alarms.topic, scheduler: this.scheduler, notifications: this.notifications, consumer: this.streams.functions.recalls! });
    // SMS (N1-N2): every function that sends notices or offers may text; replies come back through the two-way topic.
    this.sms = new Sms(this, 'Sms', { table: this.table, opsKey: keys.opsKey, ...props.sms });
    for (const fn of [this.streams.functions.recalls!, recalls.fireRecall]) this.sms.grantSend(fn);
    for (const fn of [this.notifications.sendNotification, this.streams.functions.notifications!, this.http.functions.notifications, this.streams.functions.waitlist!, this.http.functions.waitlist, waitlist.expireOffer]) this.sms.grantSend(fn);

    this.http.functions.forms.function.addEnvironment('PUBLIC_SITE_URL', `https://${siteHost}`);
    // Calendar feed addresses (P3) are served behind the same distribution's /api/*.
    this.http.functions.feeds.function.addEnvironment('PUBLIC_SITE_URL', `https://${siteHost}`);
    const consoleOrigins = [`https://${siteHost}`, ...(props.auth?.extraConsoleUrls ?? []).map((url) => new URL(url).origin)];
    const documents = new DocumentsBucket(this, 'Documents', { accessLogs: this.web.logBucket, consoleOrigins });
    documents.grantTo(this.http.functions.files);
    // Imports and exports (P5, P6) upload, read and archive through the same bucket; the transfers consumer runs their jobs.
    for (const fn of [this.http.functions.imports, this.http.functions.exports, this.streams.functions.transfers!]) documents.grantTo(fn, TRANSFER_PREFIXES);

    // Last, so it sees every function and queue the constructs above made. In a nested stack of its own:
    // an alarm pair per function took the stack past CloudFormation's 500 resources.
    this.monitoring = new Monitoring(new NestedStack(this, 'MonitoringStack', { description: 'Casefile alarms and dashboard' }), 'Monitoring', {
      alarmTopic: alarms.topic,
      functions: everyAlias(this),
      streamConsumers: Object.fromEntries(Object.entries(this.streams.functions).map(([name, fn]) => [name, fn.function])),
      api: this.http.api,
      table: this.table,
      scheduleGroup: this.scheduler.group,
      queues: everyQueue(this),
      otherAlarms: everyAlarm(this),
    });
    // API functions move to a new version gradually and back on their errors alarm (README "Deploy to AWS").
    this.deployment = new GradualDeployment(this, 'Deployment', { preference: props.deploymentPreference ?? 'canary' });
    for (const fn of API_FUNCTIONS) this.deployment.add(fn, this.http.functions[fn], this.monitoring.errorAlarmOf(this.http.functions[fn].alias));

    // Opt-in, in a nested stack of its own: the main stack is near CloudFormation's 500 resources.
    this.analytics = props.analytics
      ? new Analytics(new NestedStack(this, 'AnalyticsStack', { description: 'Casefile analytics: table exports, Glue catalog, Athena' }), 'Analytics', {
          table: this.table,
          accessLogs: this.web.logBucket,
        })
      : undefined;
    if (this.analytics) new CfnOutput(this, 'AnalyticsWorkGroup', { value: this.analytics.workGroup.ref });

    new CfnOutput(this, 'ApiUrl', { value: this.http.api.apiEndpoint });
    new CfnOutput(this, 'DistributionDomainName', { value: this.web.distribution.distributionDomainName });
    new CfnOutput(this, 'ConsoleUrl', { value: consoleUrl });
    new CfnOutput(this, 'SignInDomain', { value: this.auth.domain.baseUrl() });
    new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.auth.client.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'MailConfigurationSet', { value: this.mail.configurationSet.configurationSetName });
    new CfnOutput(this, 'DashboardName', { value: this.monitoring.dashboard.dashboardName });
  }
}
