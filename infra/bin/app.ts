/** The CDK app `cdk synth` runs (see cdk.json); cdk-nag's AWS Solutions and HIPAA Security packs gate synthesis. */
import { App } from 'aws-cdk-lib';
import { buildCasefileApp } from '../lib/casefileApp';

buildCasefileApp(new App());
