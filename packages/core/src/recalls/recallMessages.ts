/** The clinic's recall message (mail and text): an invitation to book, nothing clinical (no session, case or reason). */
import { type ClinicSignature, layoutMail } from '../notifications/mailLayout';
import { renderBody } from '../notifications/mail/mustacheMail';
import type { RenderedMail } from '../online/onlineMessages';
import { fitSms } from '../sms/segments';

const RECALL = {
  subject: 'Time to book your next visit at {{clinicName}}',
  text: 'Hello {{clientName}},\n\nIt is time to book your next visit at {{clinicName}}.\n\n{{#clinicPhone}}Call us at {{clinicPhone}} or reply{{/clinicPhone}}{{^clinicPhone}}Reply{{/clinicPhone}} to this message and we will find a time that suits you.\n',
  html: '<p>Hello {{clientName}},</p><p>It is time to book your next visit at {{clinicName}}.</p><p>{{#clinicPhone}}Call us at {{clinicPhone}} or reply{{/clinicPhone}}{{^clinicPhone}}Reply{{/clinicPhone}} to this message and we will find a time that suits you.</p>',
};

export interface RecallFacts {
  clientName: string;
  clinicName: string;
  clinicPhone?: string | undefined;
}

export function recallMail(facts: RecallFacts, signature?: ClinicSignature): RenderedMail {
  return layoutMail({ ...renderBody(RECALL, facts), signature: signature ?? { name: facts.clinicName, phone: facts.clinicPhone } });
}

export function recallSms(facts: RecallFacts): string {
  const call = facts.clinicPhone ? ` Call ${facts.clinicPhone} to book.` : '';
  return fitSms(`${facts.clinicName}: it is time to book your next visit.${call} Reply STOP to opt out.`);
}
