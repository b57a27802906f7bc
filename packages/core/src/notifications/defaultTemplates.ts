/** The messages a clinic sends until it writes its own (SPEC N3): logistics only, nothing clinical. */
import type { MailTemplate, MessageKind } from '../schemas/notification';

// The clinic's name, address and phone are added by the mail layout under every message, templates or not.
function template(kind: MessageKind, subject: string, line: string): MailTemplate {
  return {
    kind,
    subject,
    text: `Hello {{clientName}},\n\n${line}\n`,
    html: `<p>Hello {{clientName}},</p><p>${line}</p>`,
  };
}

export const DEFAULT_TEMPLATES: Readonly<Record<MessageKind, MailTemplate>> = {
  newBooking: template('newBooking', 'Your appointment at {{clinicName}}', 'Your appointment is booked for {{date}} at {{time}} ({{timeZone}}) with {{providerName}} at {{locationName}}.'),
  reschedule: template(
    'reschedule',
    'Your appointment at {{clinicName}} has moved',
    'Your appointment on {{previousDate}} at {{previousTime}} has moved to {{date}} at {{time}} ({{timeZone}}) with {{providerName}} at {{locationName}}.',
  ),
  cancellation: template('cancellation', 'Your appointment at {{clinicName}} is canceled', 'Your appointment on {{date}} at {{time}} is canceled.'),
  noShow: template('noShow', 'We missed you at {{clinicName}}', 'We missed you at your appointment on {{date}} at {{time}}. Please contact us to book again.'),
  reminder: template('reminder', 'Reminder: your appointment at {{clinicName}}', 'This is a reminder of your appointment on {{date}} at {{time}} ({{timeZone}}) with {{providerName}} at {{locationName}}.'),
};
