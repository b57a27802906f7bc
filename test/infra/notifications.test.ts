import type { CfnElement } from 'aws-cdk-lib';
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
      Endpoint: { Ref: logicalIdOf(synth.stack.notifications.mailFeedback.alias) },
    });
  });
});

describe('SMS (N1-N2)', () => {
  it('subscribes the reply function to the encrypted replies topic, which End User Messaging SMS may publish to', () => {
    const sms = synth.stack.sms;
    const topic = logicalIdOf(sms.repliesTopic);
    synth.template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue(), DisplayName: 'Casefile SMS replies' });
    synth.template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'lambda', TopicArn: { Ref: topic }, Endpoint: { Ref: logicalIdOf(sms.replies.alias) } });
    synth.template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: 'sns:Publish', Principal: { Service: 'sms-voice.amazonaws.com' }, Condition: { StringEquals: { 'aws:SourceAccount': Match.anyValue() } } })]) },
    });
    const opsKey = synth.template.toJSON().Resources[synth.stack.getLogicalId(synth.stack.sms.node.scope!.node.findChild('Keys').node.findChild('OpsKey').node.defaultChild as CfnElement)];
    const forSms = (opsKey.Properties.KeyPolicy.Statement as { Principal?: { Service?: string }; Action: string | string[] }[]).filter((statement) => statement.Principal?.Service === 'sms-voice.amazonaws.com');
    expect(forSms.map((statement) => [statement.Action].flat().sort())).toEqual([['kms:Decrypt', 'kms:GenerateDataKey*']]);
  });

  it('without a number, tells the sending functions only the configuration set (texts are skipped), and creates no number', () => {
    synth.template.resourceCountIs('AWS::SMSVOICE::PhoneNumber', 0);
    const variables = synth.template.toJSON().Resources[logicalIdOf(synth.stack.notifications.sendNotification.function)].Properties.Environment.Variables;
    expect(variables.SMS_CONFIGURATION_SET).toEqual({ 'Fn::GetAtt': [synth.stack.getLogicalId(synth.stack.sms.configurationSet), 'Arn'] });
    expect(variables.SMS_ORIGINATION_IDENTITY).toBeUndefined();
  });

  it('with a number: two-way to the replies topic, self-managed opt-outs, and each sender may text from it through the set', () => {
    const withNumber = synthStack({ sms: { phoneNumber: { isoCountryCode: 'CA', numberType: 'LONG_CODE' } } });
    const sms = withNumber.stack.sms;
    withNumber.template.hasResourceProperties('AWS::SMSVOICE::PhoneNumber', {
      IsoCountryCode: 'CA',
      NumberCapabilities: ['SMS'],
      SelfManagedOptOutsEnabled: true,
      TwoWay: { Enabled: true, ChannelArn: { Ref: logicalIdOf(sms.repliesTopic) } },
    });
    const number = { 'Fn::GetAtt': [withNumber.stack.getLogicalId(sms.phoneNumber!), 'Arn'] };
    for (const fn of [withNumber.stack.notifications.sendNotification, withNumber.stack.streams.functions.waitlist!, withNumber.stack.http.functions.waitlist]) {
      const variables = withNumber.template.toJSON().Resources[logicalIdOf(fn.function)].Properties.Environment.Variables;
      expect(variables.SMS_ORIGINATION_IDENTITY).toEqual(number);
      withNumber.template.hasResourceProperties('AWS::IAM::Policy', {
        Roles: Match.arrayWith([{ Ref: logicalIdOf(fn.function.role!) }]),
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: 'sms-voice:SendTextMessage', Resource: [{ 'Fn::GetAtt': [withNumber.stack.getLogicalId(sms.configurationSet), 'Arn'] }, number] })]) },
      });
    }
  });
});
