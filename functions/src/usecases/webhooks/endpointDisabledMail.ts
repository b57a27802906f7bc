/** Tells a clinic's owners that one of their webhook endpoints was disabled after failing for a day. */
import type { ClinicRepositories, StoredWebhookEndpoint } from '@casefile/db';
import { outgoingMail } from '../../ports/outgoingMail';
import type { Runtime } from '../../runtime';

export async function mailOwnersEndpointDisabled(rt: Runtime, repos: ClinicRepositories, endpoint: StoredWebhookEndpoint, reason: string): Promise<number> {
  const [clinic, members] = await Promise.all([repos.clinic.get(), repos.members.listAll()]);
  const owners = members.filter((member) => member.role === 'owner' && member.active);
  const subject = 'A webhook endpoint was disabled';
  const text = `${clinic.name}: the webhook endpoint ${endpoint.url} was disabled. ${reason}\n\nFix the receiver, then enable the endpoint again under Settings > Webhooks and replay the failed deliveries from its log.`;
  const html = `<p>${escapeHtml(clinic.name)}: the webhook endpoint <code>${escapeHtml(endpoint.url)}</code> was disabled. ${escapeHtml(reason)}</p><p>Fix the receiver, then enable the endpoint again under Settings &gt; Webhooks and replay the failed deliveries from its log.</p>`;
  for (const owner of owners) {
    await outgoingMail().mailer.send({ from: outgoingMail().mailFrom, to: owner.email, subject, text, html, tags: { clinicId: endpoint.clinicId, kind: 'webhookDisabled' } });
  }
  rt.logger.info('webhook endpoint disabled', { endpointId: endpoint.endpointId, owners: owners.length });
  return owners.length;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
