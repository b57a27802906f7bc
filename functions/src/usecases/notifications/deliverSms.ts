/**
 * The text beside a notice or reminder mail (SPEC N1-N2), for a client who prefers SMS: claimed in the
 * appointment's log under the mail's key with `#sms` (so a repeat sends nothing), sent unless the
 * number replied STOP, and recorded as sent, skipped or failed like the mail.
 */
import { type DeliveryPayload, deliveryKey, type NotificationLogEntry, noticeSms, type SmsFacts, smsChoice, type SmsClient } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { outgoingSms } from '../../ports/outgoingSms';
import { sendClinicSms } from '../sms/clinicSms';
import { raiseFailedNoticeTask } from '../tasks/systemTasks';

export type SmsDelivery = 'sent' | 'skipped' | 'repeated' | 'none';

export async function deliverNoticeSms(repos: ClinicRepositories, rt: Runtime, payload: DeliveryPayload, client: (SmsClient & { clientId: string }) | undefined, facts: SmsFacts): Promise<SmsDelivery> {
  const choice = smsChoice(client, payload.kind);
  if (!choice || !client || outgoingSms().configured === false) return 'none';
  const entry: NotificationLogEntry = {
    appointmentId: payload.appointmentId,
    key: `${deliveryKey(payload, 'client')}#sms`,
    kind: payload.kind,
    audience: 'client',
    ...(payload.kind === 'reminder' ? { leadMinutes: payload.leadMinutes } : {}),
    outcome: 'sending',
    at: rt.clock.now().toISOString(),
  };
  if ('skip' in choice) return (await repos.notifications.claim({ ...entry, outcome: 'skipped', reason: choice.skip })) ? 'skipped' : 'repeated';
  if (!(await repos.notifications.claim(entry))) return 'repeated';
  try {
    const sent = await sendClinicSms(repos, { to: choice.phone, body: noticeSms(payload.kind, facts), tags: { appointmentId: payload.appointmentId, kind: payload.kind } });
    const at = rt.clock.now().toISOString();
    if (sent.outcome === 'opted_out') {
      await repos.notifications.finish(entry.appointmentId, entry.key, { outcome: 'skipped', reason: 'opted_out', at });
      return 'skipped';
    }
    await repos.notifications.finish(entry.appointmentId, entry.key, { outcome: 'sent', messageId: sent.messageId, at });
    return 'sent';
  } catch (error) {
    await repos.notifications.markFailed(entry.appointmentId, entry.key, { error: error instanceof Error ? error.name : typeof error, at: rt.clock.now().toISOString(), payload });
    await raiseFailedNoticeTask(repos, { appointmentId: entry.appointmentId, clientId: client.clientId, key: entry.key });
    throw error;
  }
}
