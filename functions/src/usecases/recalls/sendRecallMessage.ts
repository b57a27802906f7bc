/**
 * The clinic's recall message to one client (issue 18 item 2): mail and/or text as the rule and the
 * client's preferences allow (a suppressed address, a STOP or no consent is skipped). Nothing clinical.
 */
import { recallMail, recallSms, type RecallRule, smsChoice } from '@casefile/core';
import type { ClinicRepositories, StoredRecall } from '@casefile/db';
import { outgoingMail } from '../../ports/outgoingMail';
import { outgoingSms } from '../../ports/outgoingSms';
import { sendClinicSms } from '../sms/clinicSms';
import { signatureOf } from '../notifications/signatureOf';

export type RecallChannel = 'email' | 'sms';

export async function sendRecallMessage(repos: ClinicRepositories, recall: StoredRecall, channels: RecallRule['channels']): Promise<RecallChannel[]> {
  const [client, clinic] = await Promise.all([repos.clients.get(recall.clientId), repos.clinic.get()]);
  const facts = { clientName: client.preferredName ?? client.firstName, clinicName: clinic.name, clinicPhone: clinic.phone };
  const tags = { clinicId: repos.clinicId, kind: 'recall', recallId: recall.recallId };
  const sent: RecallChannel[] = [];
  const sms = channels.sms && outgoingSms().configured !== false ? smsChoice(client) : undefined;
  if (sms && 'phone' in sms && (await sendClinicSms(repos, { to: sms.phone, body: recallSms(facts), tags })).outcome === 'sent') sent.push('sms');
  const mailable = channels.email && client.email && client.status !== 'archived' && client.communication?.email !== false && client.consent?.electronicCommunication !== false;
  if (mailable && !(await repos.notifications.isSuppressed(client.email!))) {
    await outgoingMail().mailer.send({ from: outgoingMail().mailFrom, to: client.email!, replyTo: clinic.contactEmail, ...recallMail(facts, await signatureOf(repos, clinic)), tags });
    sent.push('email');
  }
  return sent;
}

