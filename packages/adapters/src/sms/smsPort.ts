/** The SMS port: one text to one number (AWS End User Messaging SMS in AWS, a local outbox file locally). */
export interface OutgoingSms {
  /** E.164, e.g. `+14165550100`. */
  to: string;
  body: string;
  /** Carried into delivery events and the outbox so a reply or a failure can be traced to its clinic. */
  tags: Readonly<Record<string, string>>;
}

export interface SmsSender {
  send(sms: OutgoingSms): Promise<{ messageId: string }>;
}
