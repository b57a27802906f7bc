/** Sending mail (SPEC N1-N3): SES v2, pointed at the local endpoint when SES_ENDPOINT is set. */
import { SESv2Client } from '@aws-sdk/client-sesv2';
import type { Mailer } from '@casefile/adapters/mailer/mailerPort';
import { SesMailer } from '@casefile/adapters/mailer/sesMailer';
import { lazyPort } from './lazyPort';

export interface OutgoingMail {
  mailer: Mailer;
  /** The verified sender; replies go to the clinic's contact address. */
  mailFrom: string;
}

export function outgoingMailFromEnv(env: NodeJS.ProcessEnv = process.env): OutgoingMail {
  return {
    mailer: new SesMailer({ client: new SESv2Client(env.SES_ENDPOINT ? { endpoint: env.SES_ENDPOINT } : {}), configurationSet: env.SES_CONFIGURATION_SET }),
    mailFrom: env.MAIL_FROM ?? 'notifications@casefile.local',
  };
}

export const outgoingMail = lazyPort(() => outgoingMailFromEnv());
