import type { SNSEvent } from 'aws-lambda';
import { systemRepositories } from '../usecases/notifications/notificationRepos';
import { runtime } from '../runtime';
import type { LambdaHandler } from '../lambdaHandlers';

/** The part of an SES event notification (configuration-set event destination) this reads. */
interface SesFeedback {
  eventType?: string;
  notificationType?: string;
  mail?: { tags?: Record<string, string[]> };
  bounce?: { bounceType?: string; feedbackId?: string; bouncedRecipients?: { emailAddress: string }[] };
  complaint?: { feedbackId?: string; complainedRecipients?: { emailAddress: string }[] };
}

/**
 * Bounces and complaints from the SES configuration set, through its SNS topic (SPEC N3): each
 * permanently bouncing or complaining address is suppressed for the clinic the message was sent for
 * (its `clinicId` tag); delivery skips suppressed addresses and logs the skip on the appointment.
 * Transient bounces suppress nothing. Recording is conditional, so a redelivered event changes nothing.
 */
export async function recordMailFeedback(feedback: SesFeedback): Promise<number> {
  const type = feedback.eventType ?? feedback.notificationType;
  const clinicId = feedback.mail?.tags?.clinicId?.[0];
  if (!clinicId) return 0;
  let addresses: string[] = [];
  let reason: 'bounce' | 'complaint' = 'bounce';
  let feedbackId: string | undefined;
  if (type === 'Bounce' && feedback.bounce?.bounceType === 'Permanent') {
    addresses = (feedback.bounce.bouncedRecipients ?? []).map((recipient) => recipient.emailAddress);
    feedbackId = feedback.bounce.feedbackId;
  } else if (type === 'Complaint') {
    addresses = (feedback.complaint?.complainedRecipients ?? []).map((recipient) => recipient.emailAddress);
    reason = 'complaint';
    feedbackId = feedback.complaint?.feedbackId;
  }
  const repos = systemRepositories(runtime(), clinicId);
  let suppressed = 0;
  for (const address of addresses) if (await repos.notifications.suppress(address, reason, feedbackId)) suppressed++;
  return suppressed;
}

async function handleMailFeedback(event: SNSEvent): Promise<void> {
  for (const record of event.Records) {
    const suppressed = await recordMailFeedback(JSON.parse(record.Sns.Message) as SesFeedback);
    runtime().logger.info('mail feedback', { messageId: record.Sns.MessageId, suppressed });
  }
}

export const handler: LambdaHandler<SNSEvent, void> = handleMailFeedback;
