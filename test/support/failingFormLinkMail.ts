/** Outgoing mail that refuses form links (as an SES outage would) and sends everything else as usual. */
import { type OutgoingMail, outgoingMailFromEnv } from '../../functions/src/ports/outgoingMail';

export function mailFailingFormLinks(): OutgoingMail {
  const real = outgoingMailFromEnv();
  return {
    mailFrom: real.mailFrom,
    mailer: {
      send: (mail) => (mail.text.includes('/book/forms/#') ? Promise.reject(Object.assign(new Error('SES is unavailable'), { name: 'ServiceUnavailable' })) : real.mailer.send(mail)),
    },
  };
}
