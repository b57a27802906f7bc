/** The local stand-in for SMS: every text lands in a JSON outbox file that the local SMS viewer lists. */
import { randomUUID } from 'node:crypto';
import { readJsonFile, updateJsonFile } from '../localFiles/jsonFile';
import type { OutgoingSms, SmsSender } from './smsPort';

export interface OutboxMessage extends OutgoingSms {
  messageId: string;
  at: string;
  direction: 'outbound' | 'inbound';
}

type Outbox = { messages: OutboxMessage[] };
const EMPTY: Outbox = { messages: [] };

export class LocalSmsOutbox implements SmsSender {
  constructor(readonly filePath: string, private readonly now: () => Date = () => new Date()) {}

  async send(sms: OutgoingSms): Promise<{ messageId: string }> {
    const messageId = randomUUID();
    await this.record({ ...sms, messageId, at: this.now().toISOString(), direction: 'outbound' });
    return { messageId };
  }

  /** A reply as a phone would send it (the local-only reply route records it before handling it). */
  async recordReply(from: string, body: string, tags: Readonly<Record<string, string>> = {}): Promise<OutboxMessage> {
    const message: OutboxMessage = { to: from, body, tags, messageId: randomUUID(), at: this.now().toISOString(), direction: 'inbound' };
    await this.record(message);
    return message;
  }

  async list(): Promise<OutboxMessage[]> {
    return (await readJsonFile(this.filePath, EMPTY)).messages;
  }

  private async record(message: OutboxMessage): Promise<void> {
    await updateJsonFile(this.filePath, EMPTY, (file) => ({ messages: [...file.messages, message] }));
  }
}
