/** The mailer port: one message to one address (SES v2 in AWS and, pointed elsewhere, locally). */
export interface OutgoingMail {
  from: string;
  to: string;
  replyTo?: string | undefined;
  subject: string;
  html: string;
  text: string;
  /** Files sent with the message (a calendar invite). */
  attachments?: readonly MailAttachment[] | undefined;
  /** Carried into delivery events (bounces, complaints) so they can be traced back to the clinic. */
  tags: Readonly<Record<string, string>>;
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  /** The file's text (UTF-8). */
  content: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}
