/**
 * SMS through AWS End User Messaging SMS (SPEC N1-N2): a configuration set every text goes through,
 * the topic the phone number's two-way channel publishes replies to (encrypted with the ops key,
 * which the service may use for it), the function that handles the replies, and what a function
 * that texts needs. The phone number is created only when the deployment asks for one (numbers are
 * paid and registered per country); `originationIdentity` names an existing number or pool instead.
 * Without either, texts are skipped and mail goes out alone.
 */
import { Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { Key } from 'aws-cdk-lib/aws-kms';
import { SnsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { CfnConfigurationSet, CfnPhoneNumber } from 'aws-cdk-lib/aws-smsvoice';
import { Construct } from 'constructs';
import { taskEntry } from '../paths';
import { CasefileFunction } from './casefileFunction';

export interface SmsNumberProps {
  /** Two-letter country of the number, e.g. `CA`. */
  isoCountryCode: string;
  numberType: 'TOLL_FREE' | 'LONG_CODE' | 'TEN_DLC' | 'SIMULATOR';
}

export interface SmsProps {
  table: ITable;
  opsKey: Key;
  /** Create a two-way phone number of this kind. */
  phoneNumber?: SmsNumberProps;
  /** Or text from this existing phone number or pool (its ARN or id); its two-way channel should publish to `repliesTopic`. */
  originationIdentity?: string;
}

const SMS_SERVICE = 'sms-voice.amazonaws.com';

export class Sms extends Construct {
  readonly configurationSet: CfnConfigurationSet;
  readonly repliesTopic: Topic;
  readonly replies: CasefileFunction;
  readonly phoneNumber?: CfnPhoneNumber;
  private readonly originationIdentity?: string;

  constructor(scope: Construct, id: string, props: SmsProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.configurationSet = new CfnConfigurationSet(this, 'ConfigurationSet', {});
    this.repliesTopic = new Topic(this, 'RepliesTopic', { displayName: 'Casefile SMS replies', masterKey: props.opsKey, enforceSSL: true });
    this.repliesTopic.addToResourcePolicy(
      new PolicyStatement({
        actions: ['sns:Publish'],
        principals: [new ServicePrincipal(SMS_SERVICE)],
        resources: [this.repliesTopic.topicArn],
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
    );
    props.opsKey.addToResourcePolicy(
      new PolicyStatement({
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        principals: [new ServicePrincipal(SMS_SERVICE)],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
    );
    if (props.phoneNumber) {
      this.phoneNumber = new CfnPhoneNumber(this, 'PhoneNumber', {
        isoCountryCode: props.phoneNumber.isoCountryCode,
        numberType: props.phoneNumber.numberType,
        numberCapabilities: ['SMS'],
        // STOP and START are kept per clinic by Casefile (a number may hear from several clinics).
        selfManagedOptOutsEnabled: true,
        mandatoryKeywords: {
          stop: { message: 'You will get no more texts from this clinic. Reply START to receive them again.' },
          help: { message: 'Texts about your visits. Reply C to confirm, X to cancel, STOP to opt out. Call your clinic for help.' },
        },
        twoWay: { enabled: true, channelArn: this.repliesTopic.topicArn },
      });
    }
    this.originationIdentity = this.phoneNumber?.attrArn ?? props.originationIdentity;

    // It reads clients and appointments, confirms visits, records opt-outs and tasks: the table, read and write.
    this.replies = new CasefileFunction(this, 'Replies', {
      entry: taskEntry('events', 'smsReplies'),
      description: 'Handles SMS replies (C confirms, X and others become tasks, STOP/START) from the two-way topic.',
      serviceName: 'casefile-sms-replies',
      table: props.table,
      tableAccess: 'readWrite',
      logKey: props.opsKey,
    });
    this.replies.alias.addEventSource(new SnsEventSource(this.repliesTopic));
  }

  /** What a function that texts needs: send through the configuration set from the origination identity, and their names. */
  grantSend(target: CasefileFunction): void {
    target.function.addEnvironment('SMS_CONFIGURATION_SET', this.configurationSet.attrArn);
    if (!this.originationIdentity) return;
    target.function.addEnvironment('SMS_ORIGINATION_IDENTITY', this.originationIdentity);
    target.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['sms-voice:SendTextMessage'],
        resources: [this.configurationSet.attrArn, ...(this.originationIdentity.startsWith('arn:') || this.phoneNumber ? [this.originationIdentity] : [])],
      }),
    );
  }
}
