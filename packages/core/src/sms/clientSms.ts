/**
 * Whether a client gets texts, and what the texts say (SPEC N1-N2, A9). A client gets SMS when they
 * prefer it (`communication.sms`), consented to electronic communication, and have a mobile number;
 * a number that replied STOP is checked where the text is sent. Texts carry when and where only,
 * never a session or anything clinical, and are fitted to two segments.
 */
import { type MessageFacts, messageValues } from '../notifications/messageValues';
import type { MessageKind } from '../schemas/notification';
import { fitSms } from './segments';

export interface SmsClient {
  mobilePhone?: string | undefined;
  status?: string | undefined;
  communication?: { sms?: boolean; reminders?: boolean } | undefined;
  consent?: { electronicCommunication?: boolean } | undefined;
}

export type SmsChoice = { phone: string } | { skip: 'no_address' | 'opted_out' };

/** The number to text, why not, or undefined when the client does not prefer SMS at all. */
export function smsChoice(client: SmsClient | undefined, kind?: MessageKind): SmsChoice | undefined {
  if (!client?.communication?.sms) return undefined;
  if (client.status === 'archived' || !client.consent?.electronicCommunication) return { skip: 'opted_out' };
  if (kind === 'reminder' && client.communication.reminders === false) return { skip: 'opted_out' };
  return client.mobilePhone ? { phone: client.mobilePhone } : { skip: 'no_address' };
}

const STOP = 'Reply STOP to opt out.';

/** When and where, as `messageValues` words them. */
export interface SmsFacts {
  clinicName: string;
  date: string;
  time: string;
  clinicPhone?: string | undefined;
}

export function smsFacts(facts: MessageFacts): SmsFacts {
  const values = messageValues(facts);
  return { clinicName: facts.clinicName, date: values.date ?? '', time: values.time ?? '', clinicPhone: facts.clinicPhone };
}

/** A notice or reminder as a text; "C"/"X" replies are offered where the visit is still ahead. */
export function noticeSms(kind: MessageKind, values: SmsFacts): string {
  const when = `${values.date} at ${values.time}`;
  const call = values.clinicPhone ? ` Call ${values.clinicPhone} to rebook.` : '';
  const texts: Record<MessageKind, string> = {
    reminder: `${values.clinicName}: reminder of your visit ${when}. Reply C to confirm or X to cancel. ${STOP}`,
    newBooking: `${values.clinicName}: you are booked ${when}. Reply C to confirm or X to cancel. ${STOP}`,
    reschedule: `${values.clinicName}: your visit is moved to ${when}. Reply C to confirm or X to cancel. ${STOP}`,
    cancellation: `${values.clinicName}: your visit ${when} is canceled.${call} ${STOP}`,
    noShow: `${values.clinicName}: we missed you at your visit ${when}.${call} ${STOP}`,
  };
  return fitSms(texts[kind]);
}

/** A waitlist offer as a text: the time, the link (the token after `#`) and until when it holds. */
export function waitlistOfferSms(values: SmsFacts, until: { time: string }, url: string): string {
  const text = `${values.clinicName}: a time opened ${values.date} at ${values.time}. Take it by ${until.time}: ${url} ${STOP}`;
  // The link must arrive whole: shorten the words around it, never the link.
  return fitSms(text) === text ? text : `${values.date} ${values.time} opened. Take it by ${until.time}: ${url}`;
}
