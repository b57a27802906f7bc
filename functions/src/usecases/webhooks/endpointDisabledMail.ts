/** Tells a clinic's owners that one of their webhook endpoints was disabled after failing for a day. */
import type { ClinicRepositories, StoredWebhookEndpoint } from '@casefile/db';
import { layoutMail, renderBody } from '@casefile/core';
import { outgoingMail } from '../../ports/outgoingMail';
import { signatureOf } from '../notifications/signatureOf';
import type { Runtime } from '../../runtime';

// The endpoint's address names which endpoint, as code: it is the clinic's receiver, not a link to follow.
const ENDPOINT_DISABLED = {
  subject: 'A webhook endpoint was disabled',
  text: '{{clinicName}}: the webhook endpoint {{url}} was disabled. {{reason}}\n\nFix the receiver, then enable the endpoint again under Settings > Webhooks and replay the failed deliveries from its log.\n',
  html: '<p>{{clinicName}}: the webhook endpoint <code>{{url}}</code> was disabled. {{reason}}</p><p>Fix the receiver, then enable the endpoint again under Settings &gt; Webhooks and replay the failed deliveries from its log.</p>',
};

export async function mailOwnersEndpointDisabled(rt: Runtime, repos: ClinicRepositories, endpoint: StoredWebhookEndpoint, reason: string): Promise<number> {
  const [clinic, members] = await Promise.all([repos.clinic.get(), repos.members.listAll()]);
  const owners = members.filter((member) => member.role === 'owner' && member.active);
  const { subject, text, html } = layoutMail({ ...renderBody(ENDPOINT_DISABLED, { clinicName: clinic.name, url: endpoint.url, reason }), signature: await signatureOf(repos, clinic) });
  for (const owner of owners) {
    await outgoingMail().mailer.send({ from: outgoingMail().mailFrom, to: owner.email, subject, text, html, tags: { clinicId: endpoint.clinicId, kind: 'webhookDisabled' } });
  }
  rt.logger.info('webhook endpoint disabled', { endpointId: endpoint.endpointId, owners: owners.length });
  return owners.length;
}
