/**
 * Safe redeploys of the API functions (issue 20): each function's `live` alias moves to the version a
 * deploy publishes through a CodeDeploy deployment group (a canary by default), and CodeDeploy moves it
 * back on its own if the function's errors alarm fires meanwhile or the deployment fails. One
 * application for all of them, and one service role whose permissions name each alias and alarm (no
 * AWS managed policy, no wildcard), held in customer-managed policies sized under IAM's 6,144
 * characters.
 */
import type { IAlarm } from 'aws-cdk-lib/aws-cloudwatch';
import { LambdaApplication, LambdaDeploymentConfig, LambdaDeploymentGroup, type ILambdaDeploymentConfig } from 'aws-cdk-lib/aws-codedeploy';
import { ManagedPolicy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type { CasefileFunction } from './casefileFunction';

/** The context value `deploymentPreference` chooses one; `canary` unless set. */
export const DEPLOYMENT_PREFERENCES = {
  /** 10% of requests on the new version for 5 minutes, then all. */
  canary: LambdaDeploymentConfig.CANARY_10PERCENT_5MINUTES,
  /** 10% more every minute (10 minutes in all). */
  linear: LambdaDeploymentConfig.LINEAR_10PERCENT_EVERY_1MINUTE,
  /** All at once, alarms not consulted: a first deploy, or a fix for a function whose alarm is firing. */
  allAtOnce: LambdaDeploymentConfig.ALL_AT_ONCE,
} as const satisfies Record<string, ILambdaDeploymentConfig>;
export type DeploymentPreference = keyof typeof DEPLOYMENT_PREFERENCES;

export function deploymentPreference(value: string | undefined): DeploymentPreference {
  if (value === undefined) return 'canary';
  if (value in DEPLOYMENT_PREFERENCES) return value as DeploymentPreference;
  throw new Error(`deploymentPreference must be one of ${Object.keys(DEPLOYMENT_PREFERENCES).join(', ')}; got ${value}`);
}

/** Functions per customer-managed policy: each names two function ARNs and an alarm ARN of up to ~130 characters. */
const FUNCTIONS_PER_POLICY = 8;

export interface GradualDeploymentProps {
  preference: DeploymentPreference;
}

export class GradualDeployment extends Construct {
  readonly application: LambdaApplication;
  readonly role: Role;
  readonly groups: Record<string, LambdaDeploymentGroup> = {};
  private readonly preference: DeploymentPreference;
  private readonly policies: ManagedPolicy[] = [];
  private inPolicy = 0;

  constructor(scope: Construct, id: string, props: GradualDeploymentProps) {
    super(scope, id);
    this.preference = props.preference;
    this.application = new LambdaApplication(this, 'Application');
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('codedeploy.amazonaws.com'),
      description: 'Casefile: CodeDeploy shifting API traffic between versions of the live aliases',
    });
  }

  /** Deploys `fn`'s live alias gradually, rolling back when `rollbackAlarm` fires or the deployment fails. */
  add(name: string, fn: CasefileFunction, rollbackAlarm: IAlarm): LambdaDeploymentGroup {
    this.allow(fn, rollbackAlarm);
    const group = new LambdaDeploymentGroup(this, name, {
      application: this.application,
      alias: fn.alias,
      deploymentConfig: DEPLOYMENT_PREFERENCES[this.preference],
      alarms: [rollbackAlarm],
      // CDK would attach the AWS managed AWSCodeDeployRoleForLambdaLimited (every alias, "*"); the
      // role's own policies name this function's alias and alarm instead.
      role: this.role.withoutPolicyUpdates(),
      ignoreAlarmConfiguration: this.preference === 'allAtOnce',
      autoRollback: { failedDeployment: true, deploymentInAlarm: true, stoppedDeployment: true },
    });
    this.groups[name] = group;
    return group;
  }

  /** What CodeDeploy does with a Lambda deployment: read and move the alias, read the alarm. */
  private allow(fn: CasefileFunction, rollbackAlarm: IAlarm): void {
    let policy = this.policies.at(-1);
    if (!policy || this.inPolicy === FUNCTIONS_PER_POLICY) {
      policy = new ManagedPolicy(this, `Policy${this.policies.length + 1}`, { roles: [this.role] });
      this.policies.push(policy);
      this.inPolicy = 0;
    }
    this.inPolicy += 1;
    policy.addStatements(
      // Alias operations are authorized against the function or the alias ARN: both are named.
      new PolicyStatement({ actions: ['lambda:GetAlias', 'lambda:UpdateAlias', 'lambda:GetProvisionedConcurrencyConfig'], resources: [fn.function.functionArn, fn.alias.functionArn] }),
      new PolicyStatement({ actions: ['cloudwatch:DescribeAlarms'], resources: [rollbackAlarm.alarmArn] }),
    );
  }
}
