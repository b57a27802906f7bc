import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { logicalIdOf, synthStack } from './synthStack';

let synth: ReturnType<typeof synthStack>;
beforeAll(() => {
  synth = synthStack();
});

describe('notifications', () => {
  it('lets the scheduler role invoke the delivery function, which has a dead-letter queue', () => {
    const fn = synth.stack.notifications.sendNotification.function;
    synth.template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: logicalIdOf(synth.stack.scheduler.role) }],
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: 'lambda:InvokeFunction', Resource: Match.arrayWith([{ 'Fn::GetAtt': [logicalIdOf(fn), 'Arn'] }]) })]) },
    });
    const properties = synth.template.toJSON().Resources[logicalIdOf(fn)].Properties;
    expect(properties.DeadLetterConfig.TargetArn).toBeDefined();
    expect(properties.Environment.Variables).toMatchObject({ SES_CONFIGURATION_SET: { Ref: logicalIdOf(synth.stack.mail.configurationSet) } });
  });

  it('gives the notifications consumer the schedule group, the role to pass and the delivery target', () => {
    const consumer = synth.stack.streams.functions.notifications!.function;
    const variables = synth.template.toJSON().Resources[logicalIdOf(consumer)].Properties.Environment.Variables;
    expect(Object.keys(variables)).toEqual(expect.arrayContaining(['SCHEDULE_GROUP_NAME', 'SCHEDULER_ROLE_ARN', 'NOTIFICATION_TARGET_ARN', 'SES_CONFIGURATION_SET', 'MAIL_FROM']));
    synth.template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Action: 'iam:PassRole', Resource: { 'Fn::GetAtt': [logicalIdOf(synth.stack.scheduler.role), 'Arn'] } }),
          Match.objectLike({ Action: 'ses:SendEmail', Condition: { StringEquals: { 'ses:ConfigurationSetName': { Ref: logicalIdOf(synth.stack.mail.configurationSet) } } } }),
        ]),
      },
    });
  });

  it("lets the scheduler role send undeliverable events to the delivery function's dead-letter queue, which the consumer is told", () => {
    const queue = synth.stack.notifications.scheduleDeadLetters;
    synth.template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: logicalIdOf(synth.stack.scheduler.role) }],
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: Match.arrayWith(['sqs:SendMessage']), Resource: { 'Fn::GetAtt': [logicalIdOf(queue), 'Arn'] } })]) },
    });
    const consumer = synth.stack.streams.functions.notifications!.function;
    const variables = synth.template.toJSON().Resources[logicalIdOf(consumer)].Properties.Environment.Variables;
    expect(variables.SCHEDULE_DEAD_LETTER_QUEUE_ARN).toEqual({ 'Fn::GetAtt': [logicalIdOf(queue), 'Arn'] });
  });

  it('subscribes the feedback function to the bounce and complaint topic', () => {
    synth.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'lambda',
      TopicArn: { Ref: logicalIdOf(synth.stack.mail.feedbackTopic) },
      Endpoint: { 'Fn::GetAtt': [logicalIdOf(synth.stack.notifications.mailFeedback.function), 'Arn'] },
    });
  });
});
