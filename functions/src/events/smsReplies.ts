import type { SNSEvent } from 'aws-lambda';
import { normalizePhone } from '@casefile/core';
import { clinicIdForSmsReply } from '@casefile/db';
import { receiveSmsReply, type SmsReplyOutcome } from '../usecases/sms/clinicSms';
import { systemRepositories } from '../usecases/notifications/notificationRepos';
import { runtime } from '../runtime';
import type { LambdaHandler } from '../lambdaHandlers';

/** The part of an End User Messaging SMS two-way message (its SNS destination's JSON) this reads. */
export interface InboundSms {
  originationNumber?: string;
  destinationNumber?: string;
  messageBody?: string;
  inboundMessageId?: string;
}

/**
 * Replies to the clinic's texts (SPEC N1-N2), from the phone number's two-way SNS destination (and
 * locally from the SMS viewer's reply form): handled by the clinic that last texted the number. The
 * reply's message id keys what it creates, so a redelivered message changes nothing twice.
 */
export async function handleInboundSms(message: InboundSms): Promise<SmsReplyOutcome> {
  if (!message.originationNumber || message.messageBody === undefined || !message.inboundMessageId) return 'ignored';
  const rt = runtime();
  const clinicId = await clinicIdForSmsReply(rt.service, normalizePhone(message.originationNumber));
  if (!clinicId) return 'ignored';
  return receiveSmsReply(systemRepositories(rt, clinicId), rt, { from: message.originationNumber, text: message.messageBody, messageId: message.inboundMessageId });
}

async function handleSmsReplies(event: SNSEvent): Promise<void> {
  for (const record of event.Records) {
    const outcome = await handleInboundSms(JSON.parse(record.Sns.Message) as InboundSms);
    // Outcomes only: never the number or the text (personal data).
    runtime().logger.info('sms reply', { messageId: record.Sns.MessageId, outcome });
  }
}

export const handler: LambdaHandler<SNSEvent, void> = handleSmsReplies;
