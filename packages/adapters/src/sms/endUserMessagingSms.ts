/**
 * SMS through AWS End User Messaging SMS (the v2 SMS API): one SendTextMessage per text, from the
 * configured origination identity (a phone number or pool, so two-way replies reach its SNS topic),
 * through a configuration set for delivery events. Transactional: these are notices, not marketing.
 */
import { PinpointSMSVoiceV2Client, SendTextMessageCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import type { OutgoingSms, SmsSender } from './smsPort';

export interface EndUserMessagingSmsOptions {
  client: PinpointSMSVoiceV2Client;
  originationIdentity: string;
  configurationSetName?: string | undefined;
  /** The most a message may cost, in US dollars per segment (a guard against expensive routes). */
  maxPrice?: string | undefined;
}

export class SmsSendError extends Error {
  override name = 'SmsSendError';
}

export class EndUserMessagingSms implements SmsSender {
  constructor(private readonly options: EndUserMessagingSmsOptions) {}

  async send(sms: OutgoingSms): Promise<{ messageId: string }> {
    const answer = await this.options.client.send(
      new SendTextMessageCommand({
        DestinationPhoneNumber: sms.to,
        OriginationIdentity: this.options.originationIdentity,
        MessageBody: sms.body,
        MessageType: 'TRANSACTIONAL',
        ...(this.options.configurationSetName ? { ConfigurationSetName: this.options.configurationSetName } : {}),
        ...(this.options.maxPrice ? { MaxPrice: this.options.maxPrice } : {}),
        Context: { ...sms.tags },
      }),
    );
    if (!answer.MessageId) throw new SmsSendError('End User Messaging SMS answered without a message id.');
    return { messageId: answer.MessageId };
  }
}

export function createEndUserMessagingSms(options: Omit<EndUserMessagingSmsOptions, 'client'> & { region?: string }): EndUserMessagingSms {
  return new EndUserMessagingSms({ ...options, client: new PinpointSMSVoiceV2Client(options.region ? { region: options.region } : {}) });
}
