/** The CDK app `cdk synth` runs (see cdk.json); cdk-nag's AWS Solutions and HIPAA Security packs gate synthesis. */
import { App } from 'aws-cdk-lib';
import { CasefileStack } from '../lib/casefileStack';
import { addCompliancePacks } from '../lib/nag';
import { builtWebDir } from '../lib/paths';

const app = new App();
const alarmEmail: unknown = app.node.tryGetContext('alarmEmail');
const mailFrom: unknown = app.node.tryGetContext('mailFrom');
const authDomainPrefix: unknown = app.node.tryGetContext('authDomainPrefix');
const consoleDevUrl: unknown = app.node.tryGetContext('consoleDevUrl');

new CasefileStack(app, app.node.tryGetContext('stackName') ?? 'Casefile', {
  description: 'Casefile: clinic case management (API, data, auth, mail, web)',
  alarmEmail: typeof alarmEmail === 'string' ? alarmEmail : undefined,
  mailFrom: typeof mailFrom === 'string' ? mailFrom : undefined,
  web: { consoleDir: builtWebDir('console'), bookingDir: builtWebDir('booking') },
  auth: {
    domainPrefix: typeof authDomainPrefix === 'string' ? authDomainPrefix : undefined,
    extraConsoleUrls: typeof consoleDevUrl === 'string' ? [consoleDevUrl] : [],
  },
});

addCompliancePacks(app);
