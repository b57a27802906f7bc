/**
 * The mailer on SES v2, every message through the configuration set (TLS required, reputation
 * metrics, bounces and complaints reported). Locally the same client is pointed at aws-ses-v2-local.
 */
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import type { Mailer, OutgoingMail } from './mailerPort';

export interface SesMailerOptions {
  client?: SESv2Client;
  configurationSet?: string | undefined;
}

export class SesMailer implements Mailer {
  private readonly client: SESv2Client;

  constructor(private readonly options: SesMailerOptions = {}) {
    this.client = options.client ?? new SESv2Client({});
  }

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    const result = await this.client.send(
      new SendEmailCommand({
        FromEmailAddress: mail.from,
        Destination: { ToAddresses: [mail.to] },
        ...(mail.replyTo ? { ReplyToAddresses: [mail.replyTo] } : {}),
        Content: {
          Simple: {
            Subject: { Data: mail.subject, Charset: 'UTF-8' },
            Body: { Html: { Data: mail.html, Charset: 'UTF-8' }, Text: { Data: mail.text, Charset: 'UTF-8' } },
            ...(mail.attachments?.length
              ? {
                  Attachments: mail.attachments.map((file) => ({
                    FileName: file.filename,
                    ContentType: file.contentType,
                    ContentDisposition: 'ATTACHMENT' as const,
                    RawContent: new TextEncoder().encode(file.content),
                  })),
                }
              : {}),
          },
        },
        ...(this.options.configurationSet ? { ConfigurationSetName: this.options.configurationSet } : {}),
        EmailTags: Object.entries(mail.tags).map(([Name, Value]) => ({ Name, Value })),
      }),
    );
    return { messageId: result.MessageId ?? '' };
  }
}
