/** Sending SMS (SPEC N1-N2): AWS End User Messaging SMS, or the local outbox file when LOCAL_SMS_OUTBOX_FILE is set. */
import { createEndUserMessagingSms } from '@casefile/adapters/sms/endUserMessagingSms';
import { LocalSmsOutbox } from '@casefile/adapters/sms/localSmsOutbox';
import type { SmsSender } from '@casefile/adapters/sms/smsPort';
import { lazyPort } from './lazyPort';

export interface OutgoingSms {
  sender: SmsSender;
  /** False when the deployment has no origination identity: SMS is then skipped, never an error. */
  configured?: boolean;
}

export function outgoingSmsFromEnv(env: NodeJS.ProcessEnv = process.env): OutgoingSms {
  if (env.LOCAL_SMS_OUTBOX_FILE) return { sender: new LocalSmsOutbox(env.LOCAL_SMS_OUTBOX_FILE) };
  if (env.SMS_ORIGINATION_IDENTITY) {
    return { sender: createEndUserMessagingSms({ originationIdentity: env.SMS_ORIGINATION_IDENTITY, configurationSetName: env.SMS_CONFIGURATION_SET, maxPrice: env.SMS_MAX_PRICE }) };
  }
  return {
    configured: false,
    sender: {
      send: async () => {
        throw new Error('No SMS sender configured (LOCAL_SMS_OUTBOX_FILE, or SMS_ORIGINATION_IDENTITY).');
      },
    },
  };
}

export const outgoingSms = lazyPort(() => outgoingSmsFromEnv());
