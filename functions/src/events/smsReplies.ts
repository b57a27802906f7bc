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
  if (typeof message.originationNumber !== 'string' || typeof message.messageBody !== 'string' || typeof message.inboundMessageId !== 'string' || !message.originationNumber || !message.inboundMessageId) return 'ignored';
  const rt = runtime();
  const clinicId = await clinicIdForSmsReply(rt.service, normalizePhone(message.originationNumber));
  if (!clinicId) return 'ignored';
  return receiveSmsReply(systemRepositories(rt, clinicId), rt, { from: message.originationNumber, text: message.messageBody, messageId: message.inboundMessageId });
}

/** The SNS message as an inbound SMS; anything else (not JSON, not an object) is none, so it is skipped rather than retried forever. */
function readInboundSms(message: string): InboundSms | undefined {
  try {
    const parsed: unknown = JSON.parse(message);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as InboundSms) : undefined;
  } catch {
    return undefined;
  }
}

async function handleSmsReplies(event: SNSEvent): Promise<void> {
  for (const record of event.Records ?? []) {
    const message = readInboundSms(record.Sns?.Message ?? '');
    const outcome = message ? await handleInboundSms(message) : 'malformed';
    // Outcomes only: never the number or the text (personal data).
    runtime().logger.info('sms reply', { messageId: record.Sns?.MessageId, outcome });
  }
}

export const handler: LambdaHandler<SNSEvent, void> = handleSmsReplies;
