/** The clinic's recall message (mail and text): an invitation to book, nothing clinical (no session, case or reason). */
import { fillTemplate } from '../notifications/templateVariables';
import type { RenderedMail } from '../online/onlineMessages';
import { fitSms } from '../sms/segments';

const escapeHtml = (value: string) => fillTemplate('{{clinicName}}', { clinicName: value }, 'html');

export interface RecallFacts {
  clientName: string;
  clinicName: string;
  clinicPhone?: string | undefined;
}

export function recallMail(facts: RecallFacts): RenderedMail {
  const lines = [
    `Hello ${facts.clientName},`,
    `It is time to book your next visit at ${facts.clinicName}.`,
    facts.clinicPhone ? `Call us at ${facts.clinicPhone} or reply to this message and we will find a time that suits you.` : 'Reply to this message and we will find a time that suits you.',
  ];
  const footer = `${facts.clinicName}${facts.clinicPhone ? ` · ${facts.clinicPhone}` : ''}`;
  return {
    subject: `Time to book your next visit at ${facts.clinicName}`,
    text: `${lines.join('\n\n')}\n\n${footer}\n`,
    html: `${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}<p>${escapeHtml(footer)}</p>`,
  };
}

export function recallSms(facts: RecallFacts): string {
  const call = facts.clinicPhone ? ` Call ${facts.clinicPhone} to book.` : '';
  return fitSms(`${facts.clinicName}: it is time to book your next visit.${call} Reply STOP to opt out.`);
}
