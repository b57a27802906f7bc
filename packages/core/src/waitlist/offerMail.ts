/** The waitlist offer mail (SPEC A9, N3): when, where and with whom, the link as link text, and until when; nothing clinical. */
import { type MessageFacts, messageValues } from '../notifications/messageValues';
import { type ClinicSignature, layoutMail } from '../notifications/mailLayout';
import { renderBody } from '../notifications/mail/mustacheMail';
import type { RenderedMail } from '../online/onlineMessages';

const OFFER = {
  subject: 'A time has opened at {{clinicName}}',
  text: 'Hello {{clientName}},\n\nA time has opened at {{clinicName}}: {{date}} at {{time}} ({{timeZone}}){{#providerName}} with {{providerName}}{{/providerName}}{{#locationName}} at {{locationName}}{{/locationName}}.\n\nIf the time does not suit you, ignore this message; you stay on the waitlist.\n',
  html: '<p>Hello {{clientName}},</p><p>A time has opened at {{clinicName}}: {{date}} at {{time}} ({{timeZone}}){{#providerName}} with {{providerName}}{{/providerName}}{{#locationName}} at {{locationName}}{{/locationName}}.</p><p>If the time does not suit you, ignore this message; you stay on the waitlist.</p>',
};

export function waitlistOfferMail(facts: MessageFacts, offerUrl: string, expiresAt: string, signature?: ClinicSignature): RenderedMail {
  const until = messageValues({ ...facts, start: expiresAt });
  return layoutMail({
    ...renderBody(OFFER, messageValues(facts)),
    actionIntro: `It is yours if you take it first, until ${until.date} at ${until.time}:`,
    action: { label: 'Take this time', url: offerUrl },
    signature: signature ?? { name: facts.clinicName, phone: facts.clinicPhone },
  });
}
