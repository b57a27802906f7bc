/**
 * The two mails online booking sends itself (SPEC O4, N3): the one-time code, and the confirmation
 * carrying the manage link. Logistics only: no session, discipline or anything clinical.
 */
import { fillTemplate, type TemplateValues } from '../notifications/templateVariables';
import { messageValues, type MessageFacts } from '../notifications/messageValues';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (value: string) => fillTemplate('{{clinicName}}', { clinicName: value }, 'html');

export function emailCodeMail(clinicName: string, code: string, minutes: number): RenderedMail {
  return {
    subject: `${code} is your ${clinicName} booking code`,
    text: `Your code to book online with ${clinicName} is ${code}.\n\nIt works for ${minutes} minutes. If you did not ask for it, ignore this message.\n`,
    html: `<p>Your code to book online with ${escapeHtml(clinicName)} is <strong>${code}</strong>.</p><p>It works for ${minutes} minutes. If you did not ask for it, ignore this message.</p>`,
  };
}

const CONFIRMATION = {
  subject: 'Your appointment at {{clinicName}}',
  lines: [
    'Hello {{clientName}},',
    'Your appointment is booked for {{date}} at {{time}} ({{timeZone}}) with {{providerName}} at {{locationName}}.',
  ],
  footer: '{{clinicName}} · {{clinicPhone}}',
};

/** The confirmation, with the link to see, move or cancel the booking and until when that works online. */
export function onlineConfirmationMail(facts: MessageFacts, manageUrl: string, changesCloseAt: string): RenderedMail {
  const values: TemplateValues = messageValues(facts);
  const until = messageValues({ ...facts, start: changesCloseAt });
  const changeLine = `You can see, move or cancel it online until ${until.date} at ${until.time}:`;
  const fill = (text: string, format: 'text' | 'html') => fillTemplate(text, values, format);
  const link = escapeHtml(manageUrl);
  return {
    subject: fill(CONFIRMATION.subject, 'text'),
    text: `${CONFIRMATION.lines.map((line) => fill(line, 'text')).join('\n\n')}\n\n${changeLine}\n${manageUrl}\n\n${fill(CONFIRMATION.footer, 'text')}\n`,
    html: `${CONFIRMATION.lines.map((line) => `<p>${fill(line, 'html')}</p>`).join('')}<p>${escapeHtml(changeLine)}<br><a href="${link}">${link}</a></p><p>${fill(CONFIRMATION.footer, 'html')}</p>`,
  };
}
