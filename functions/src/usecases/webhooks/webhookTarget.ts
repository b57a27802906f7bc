import { ValidationError } from '@casefile/core';
import { refuseTargetUrl } from '@casefile/adapters/webhooks/targetAddress';
import { webhookDelivery } from '../../ports/webhooks';

/** Refuses, at registration, a URL that can never be delivered to here (the host's addresses are checked again at every delivery). */
export function assertDeliverableUrl(url: string): void {
  const refusal = refuseTargetUrl(url, webhookDelivery().policy);
  if (refusal === 'scheme') throw new ValidationError('Webhook URLs must use HTTPS.', [{ path: 'url', message: 'Must be an https:// URL.' }]);
  if (refusal === 'blocked_address') {
    throw new ValidationError('Webhooks cannot be delivered to private, loopback or link-local addresses.', [{ path: 'url', message: 'Must be a public address.' }]);
  }
}
