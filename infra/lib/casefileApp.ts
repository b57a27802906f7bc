/** The stack as `cdk synth` and `npm run deploy:check` build it, from the app's context values. */
import type { App } from 'aws-cdk-lib';
import { CasefileStack } from './casefileStack';
import { addCompliancePacks } from './nag';
import { builtWebDir } from './paths';

/** The context keys a deployment reads (README "Deploy to AWS"). */
export const CONTEXT_KEYS = ['stackName', 'alarmEmail', 'mailDomain', 'mailFromSubdomain', 'hostedZoneId', 'hostedZoneName', 'mailFrom', 'authDomainPrefix', 'consoleDevUrl'] as const;
export type DeployContext = Partial<Record<(typeof CONTEXT_KEYS)[number], string>>;

export function readDeployContext(app: App): DeployContext {
  const context: DeployContext = {};
  for (const key of CONTEXT_KEYS) {
    const value: unknown = app.node.tryGetContext(key);
    if (typeof value === 'string' && value !== '') context[key] = value;
  }
  return context;
}

export function buildCasefileApp(app: App): CasefileStack {
  const context = readDeployContext(app);
  const stack = new CasefileStack(app, context.stackName ?? 'Casefile', {
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
  });
  addCompliancePacks(app);
  return stack;
}
