import type { UpdateWebhookEndpoint } from '@casefile/core';
import type { StaffContext } from '../context';
import { toWebhookEndpoint } from './webhookEndpointView';
import { assertDeliverableUrl } from './webhookTarget';

/** Changes an endpoint; `enabled` turns it on again after an automatic disabling, or off by hand. */
export async function updateWebhookEndpoint({ repos }: StaffContext, endpointId: string, patch: UpdateWebhookEndpoint) {
  if (patch.url) assertDeliverableUrl(patch.url);
  const stored = await repos.webhooks.changeEndpoint(endpointId, (current) => {
    const { disabledReason: _reason, ...rest } = current;
    const next = {
      ...rest,
      ...(patch.url ? { url: patch.url } : {}),
      ...(patch.eventTypes ? { eventTypes: patch.eventTypes } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
    };
    if (patch.enabled === true) return { ...next, state: 'enabled' };
    if (patch.enabled === false) return { ...next, state: 'disabled', disabledReason: 'Disabled by staff.' };
    return current.disabledReason ? { ...next, disabledReason: current.disabledReason } : next;
  });
  return toWebhookEndpoint(stored);
}
