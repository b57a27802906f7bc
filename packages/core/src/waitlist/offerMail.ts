/** The waitlist offer mail (SPEC A9, N3): when, where and with whom, the link, and until when; nothing clinical. */
import { fillTemplate } from '../notifications/templateVariables';
import { type MessageFacts, messageValues } from '../notifications/messageValues';
import type { RenderedMail } from '../online/onlineMessages';

const escapeHtml = (value: string) => fillTemplate('{{clinicName}}', { clinicName: value }, 'html');

export function waitlistOfferMail(facts: MessageFacts, offerUrl: string, expiresAt: string): RenderedMail {
  const at = messageValues(facts);
  const until = messageValues({ ...facts, start: expiresAt });
  const lines = [
    `Hello ${at.clientName},`,
    `A time has opened at ${at.clinicName}: ${at.date} at ${at.time} (${at.timeZone})${at.providerName ? ` with ${at.providerName}` : ''}.`,
    `It is yours if you take it first, until ${until.date} at ${until.time}:`,
  ];
  const footer = `${at.clinicName}${at.clinicPhone ? ` · ${at.clinicPhone}` : ''}`;
  const link = escapeHtml(offerUrl);
  return {
    subject: `A time has opened at ${at.clinicName}`,
    text: `${lines.join('\n\n')}\n${offerUrl}\n\nIf the time does not suit you, ignore this message; you stay on the waitlist.\n\n${footer}\n`,
    html: `${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}<p><a href="${link}">${link}</a></p><p>If the time does not suit you, ignore this message; you stay on the waitlist.</p><p>${escapeHtml(footer)}</p>`,
  };
}
