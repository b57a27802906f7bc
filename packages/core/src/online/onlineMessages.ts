/**
 * The two mails online booking sends itself (SPEC O4, N3): the one-time code, and the confirmation
 * carrying the manage link. Logistics only: no session, discipline or anything clinical.
 */
import type { TemplateValues } from '../notifications/templateVariables';
import { messageValues, type MessageFacts } from '../notifications/messageValues';
import { type ClinicSignature, layoutMail } from '../notifications/mailLayout';
import { renderBody } from '../notifications/mail/mustacheMail';
import { type ClinicContact, contactPhrase } from './clinicContact';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const EMAIL_CODE = {
  subject: '{{code}} is your {{clinicName}} booking code',
  text: 'Your code to book online with {{clinicName}} is {{code}}.\n\nIt works for {{minutes}} minutes. If you did not ask for it, ignore this message.\n',
  html: '<p>Your code to book online with {{clinicName}} is <strong>{{code}}</strong>.</p><p>It works for {{minutes}} minutes. If you did not ask for it, ignore this message.</p>',
};

export function emailCodeMail(signature: ClinicSignature, code: string, minutes: number): RenderedMail {
  return layoutMail({ ...renderBody(EMAIL_CODE, { clinicName: signature.name, code, minutes }), signature });
}

const CONFIRMATION = {
  subject: 'Your appointment at {{clinicName}}',
  text: 'Hello {{clientName}},\n\nYour appointment is booked for {{date}} at {{time}} ({{timeZone}}){{#providerName}} with {{providerName}}{{/providerName}}{{#locationName}} at {{locationName}}{{/locationName}}.\n',
  html: '<p>Hello {{clientName}},</p><p>Your appointment is booked for {{date}} at {{time}} ({{timeZone}}){{#providerName}} with {{providerName}}{{/providerName}}{{#locationName}} at {{locationName}}{{/locationName}}.</p>',
};

/** Whether the client may still move or cancel online, until when, and whom to ask otherwise. */
export interface SelfServiceTerms {
  canChange: boolean;
  /** The last instant online changes work (the calendar's window before the start). */
  until: string;
  windowHours: number;
  contact: ClinicContact;
}

/**
 * The sentence about changing the booking, worded from the rule: an open window names its end; a
 * booking made inside the window says so and names a way to reach the clinic (never a past time).
 */
export function selfServiceSentence(facts: MessageFacts, terms: SelfServiceTerms): string {
  const reach = contactPhrase(terms.contact);
  const ask = reach ? `please ${reach}` : `please contact ${facts.clinicName}`;
  if (!terms.canChange) {
    return `Online changes close ${terms.windowHours} hours before an appointment, so this one can no longer be moved or canceled online. To change it, ${ask}. You can still see it online:`;
  }
  const until = messageValues({ ...facts, start: terms.until });
  return `You can see, move or cancel it online until ${until.date} at ${until.time}. After that, ${ask}:`;
}

/** The confirmation, with the link to see (and, while the window is open, move or cancel) the booking, as link text. */
export function onlineConfirmationMail(facts: MessageFacts, manageUrl: string, terms: SelfServiceTerms, signature?: ClinicSignature): RenderedMail {
  const values: TemplateValues = messageValues(facts);
  return layoutMail({
    ...renderBody(CONFIRMATION, values),
    actionIntro: selfServiceSentence(facts, terms),
    action: { label: terms.canChange ? 'See, move or cancel your booking' : 'See your booking', url: manageUrl },
    signature: signature ?? { name: facts.clinicName, phone: facts.clinicPhone },
  });
}
