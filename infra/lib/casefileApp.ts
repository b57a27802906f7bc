/** The stacks as `cdk synth` and `npm run deploy:check` build them, from the app's context values. */
import { type App, Fn } from 'aws-cdk-lib';
import { CasefileStack } from './casefileStack';
import { deploymentPreference } from './constructs/gradualDeployment';
import { CasefileEdgeStack, EDGE_OUTPUTS, EDGE_REGION } from './edgeStack';
import { logRetention } from './logRetention';
import { addCompliancePacks } from './nag';
import { builtWebDir } from './paths';

/** The context keys a deployment reads (README "Deploy to AWS"). */
export const CONTEXT_KEYS = [
  'stackName',
  'region',
  'alarmEmail',
  'mailDomain',
  'mailFromSubdomain',
  'hostedZoneId',
  'hostedZoneName',
  'mailFrom',
  'authDomainPrefix',
  'consoleDevUrl',
  'accessLogDays',
  'domainName',
  'domainZoneId',
  'domainZoneName',
  'deploymentPreference',
  'analytics',
] as const;
export type DeployContext = Partial<Record<(typeof CONTEXT_KEYS)[number], string>>;

export function readDeployContext(app: App): DeployContext {
  const context: DeployContext = {};
  for (const key of CONTEXT_KEYS) {
    const value: unknown = app.node.tryGetContext(key);
    if (typeof value === 'string' && value !== '') context[key] = value;
    else if (typeof value === 'number') context[key] = String(value);
  }
  return context;
}

export interface CasefileApp {
  stack: CasefileStack;
  edge: CasefileEdgeStack;
}

/**
 * The main stack (in whatever region the CLI deploys to) and the edge stack (web ACL, certificate)
 * pinned to us-east-1. The main stack reads the edge stack's outputs with `Fn::GetStackOutput`, the
 * cross-region read CloudFormation does itself (no custom resource), and deploys after it.
 */
export function buildCasefileApp(app: App): CasefileApp {
  const context = readDeployContext(app);
  const account = process.env.CDK_DEFAULT_ACCOUNT;
  const name = context.stackName ?? 'Casefile';
  const accessLogRetention = logRetention(context.accessLogDays);
  const domainZone = context.domainZoneId ? { id: context.domainZoneId, name: context.domainZoneName ?? context.domainName ?? '' } : undefined;

  const edge = new CasefileEdgeStack(app, `${name}Edge`, {
    env: { account, region: EDGE_REGION },
    description: 'Casefile edge (us-east-1): the CloudFront web ACL and the custom domain certificate',
    logRetentionDays: accessLogRetention,
    customDomain: context.domainName ? { domainName: context.domainName, hostedZone: domainZone } : undefined,
  });
  const fromEdge = (output: string) => Fn.getStackOutput(edge.stackName, output, EDGE_REGION);
  const stack = new CasefileStack(app, name, {
    ...(context.region ? { env: { account, region: context.region } } : {}),
    description: 'Casefile: clinic case management (API, data, auth, mail, web)',
    alarmEmail: context.alarmEmail,
    mailFrom: context.mailFrom,
    mail: {
      domain: context.mailDomain,
      fromSubdomain: context.mailFromSubdomain,
      // The zone's name is the mail domain unless `hostedZoneName` names a parent zone.
      hostedZone: context.hostedZoneId ? { id: context.hostedZoneId, name: context.hostedZoneName ?? context.mailDomain ?? '' } : undefined,
    },
    web: { consoleDir: builtWebDir('console'), bookingDir: builtWebDir('booking') },
    auth: { domainPrefix: context.authDomainPrefix, extraConsoleUrls: context.consoleDevUrl ? [context.consoleDevUrl] : [] },
    edge: {
      webAclArn: fromEdge(EDGE_OUTPUTS.webAclArn),
      customDomain: context.domainName
        ? { domainName: context.domainName, certificateArn: fromEdge(EDGE_OUTPUTS.certificateArn), hostedZone: domainZone }
        : undefined,
    },
    accessLogRetention,
    deploymentPreference: deploymentPreference(context.deploymentPreference),
    analytics: context.analytics === 'true',
  });
  stack.addStackDependency(edge, 'CloudFront reads the web ACL and certificate from us-east-1');
  addCompliancePacks(app);
  return { stack, edge };
}
