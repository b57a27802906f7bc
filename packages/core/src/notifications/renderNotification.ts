/**
 * One notification as mail (SPEC N1-N3, issue 16): the client's words from the clinic's template,
 * the provider's own words (a provider copy is written to the provider, not the client's mail
 * forwarded), the manage link as link text, and the clinic's signature. Nothing clinical: only the
 * template variables reach the text.
 */
import type { Audience, MailTemplate, MessageKind } from '../schemas/notification';
import { layoutMail, type ClinicSignature, type MailAction, type RenderedMessage } from './mailLayout';
import { fillTemplate, type TemplateValues } from './templateVariables';
import { renderBody } from './mail/mustacheMail';

const PROVIDER_WORDS: Readonly<Record<MessageKind, { subject: string; line: string }>> = {
  newBooking: { subject: 'New booking: {{clientName}}, {{date}} at {{time}}', line: '{{clientName}} is booked with you on {{date}} at {{time}} ({{timeZone}}) at {{locationName}}.' },
  reschedule: {
    subject: 'Moved: {{clientName}}, now {{date}} at {{time}}',
    line: 'The appointment of {{clientName}} with you on {{previousDate}} at {{previousTime}} has moved to {{date}} at {{time}} ({{timeZone}}) at {{locationName}}.',
  },
  cancellation: { subject: 'Canceled: {{clientName}}, {{date}} at {{time}}', line: 'The appointment of {{clientName}} with you on {{date}} at {{time}} ({{timeZone}}) is canceled.' },
  noShow: { subject: 'Missed: {{clientName}}, {{date}} at {{time}}', line: '{{clientName}} missed the appointment with you on {{date}} at {{time}} ({{timeZone}}).' },
  reminder: { subject: 'Reminder: {{clientName}}, {{date}} at {{time}}', line: '{{clientName}} is booked with you on {{date}} at {{time}} ({{timeZone}}) at {{locationName}}.' },
};

export interface NotificationContent {
  kind: MessageKind;
  audience: Audience;
  /** The clinic's template for the client (its own or the default). */
  template: MailTemplate;
  values: TemplateValues;
  signature: ClinicSignature;
  /** The client's link to see or change the booking (online bookings). */
  manage?: MailAction | undefined;
}

export function renderNotification(content: NotificationContent): RenderedMessage {
  const { values } = content;
  if (content.audience === 'provider') {
    const words = PROVIDER_WORDS[content.kind];
    const greeting = 'Hello{{#providerName}} {{providerName}}{{/providerName}},';
    const body = renderBody({ subject: words.subject, text: `${greeting}\n\n${words.line}\n`, html: `<p>${greeting}</p><p>${words.line}</p>` }, values);
    return layoutMail({ ...body, signature: content.signature });
  }
  // The clinic's own template keeps the closed {{variable}} filler: only listed names, always escaped.
  return layoutMail({
    subject: fillTemplate(content.template.subject, values, 'text'),
    text: fillTemplate(content.template.text, values, 'text'),
    html: fillTemplate(content.template.html, values, 'html'),
    action: content.kind === 'cancellation' || content.kind === 'noShow' ? undefined : content.manage,
    signature: content.signature,
  });
}
