/**
 * The EventBridge Scheduler group that holds one-time reminder and notice schedules, and the role
 * the schedules run as. The role starts with no permissions: each scheduled-task function is added
 * with `allowTarget`, so the role can invoke exactly those functions and nothing else.
 */
import { Aws } from 'aws-cdk-lib';
import { type Grant, type IGrantable, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { ScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import { Construct } from 'constructs';
import { deploymentSuffix } from '../deploymentSuffix';

export class ReminderScheduler extends Construct {
  readonly group: ScheduleGroup;
  readonly role: Role;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    // Named per stack creation: a retained group of a failed first deploy never blocks the next one.
    this.group = new ScheduleGroup(this, 'Group', { scheduleGroupName: `casefile-${deploymentSuffix(this)}` });
    this.role = new Role(this, 'Role', {
      description: 'Casefile: the identity one-time schedules invoke their targets with',
      // Only schedules of this account's group may assume it (confused-deputy guard).
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: {
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
          ArnLike: { 'aws:SourceArn': `arn:${Aws.PARTITION}:scheduler:${Aws.REGION}:${Aws.ACCOUNT_ID}:schedule/${this.group.scheduleGroupName}/*` },
        },
      }),
    });
  }

  /** Lets schedules in the group invoke `fn`. */
  allowTarget(fn: IFunction): Grant {
    return fn.grantInvoke(this.role);
  }

  /** What a function that plans reminders needs: write and delete schedules in the group, and pass the role. */
  grantManageSchedules(grantee: IGrantable): void {
    this.group.grantReadSchedules(grantee);
    this.group.grantWriteSchedules(grantee);
    this.group.grantDeleteSchedules(grantee);
    this.role.grantPassRole(grantee.grantPrincipal);
  }

  /** The settings the scheduler adapter reads. */
  get environment(): Record<string, string> {
    return { SCHEDULE_GROUP_NAME: this.group.scheduleGroupName, SCHEDULER_ROLE_ARN: this.role.roleArn };
  }
}
