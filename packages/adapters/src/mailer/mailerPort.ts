/** The mailer port: one message to one address (SES v2 in AWS and, pointed elsewhere, locally). */
export interface OutgoingMail {
  from: string;
  to: string;
  replyTo?: string | undefined;
  subject: string;
  html: string;
  text: string;
  /** Carried into delivery events (bounces, complaints) so they can be traced back to the clinic. */
  tags: Readonly<Record<string, string>>;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}
