/**
 * The low-authorization alert mailed to staff (SPEC K5). The charge consumer stamps
 * `thresholdAlertAt` on an authorization when an arrival takes it to the billing policy's threshold;
 * this change of the case's billing item reaches the notifications consumer, which mails the staff
 * who handle payers. Each mail is claimed per alert key and recipient with a conditional create, so a
 * redelivered record (or the stamp moving after a rollback and a new arrival) sends nothing twice.
 * Billing also gets one task per alert (SPEC K7).
 */
import { authorizationAlertKey, authorizationAlertMessage, authorizationAlertRecipients, type Member, newlyAlertedAuthorizations, remainingVisits } from '@casefile/core';
import type { ClinicRepositories, StoredCaseBilling } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { outgoingMail } from '../../ports/outgoingMail';
import { systemRepositories } from './notificationRepos';
import { raiseAuthorizationLowTask } from '../tasks/systemTasks';
import { signatureOf } from './signatureOf';

async function allMembers(repos: ClinicRepositories): Promise<Member[]> {
  const members: Member[] = [];
  let cursor: string | undefined;
  do {
    const page = await repos.members.list({ limit: 100, ...(cursor ? { cursor } : {}) });
    members.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return members;
}

/** Mails the alerts new in `after`; returns how many mails were sent now. */
export async function sendAuthorizationAlerts(rt: Runtime, before: StoredCaseBilling | undefined, after: StoredCaseBilling): Promise<number> {
  const alerted = newlyAlertedAuthorizations(before?.authorizations, after.authorizations);
  if (alerted.length === 0) return 0;
  const repos = systemRepositories(rt, after.clinicId);
  // The task is for billing to act, mail or no mail. Its id comes from the alert key (authorization
  // and approved count), so redelivered records, concurrent copies and a rollback-and-arrive again
  // find it made; raised before any mail, so a failing mail's retry cannot skip it.
  const { caseLabel } = await repos.cases.get(after.caseId);
  for (const authorization of alerted) await raiseAuthorizationLowTask(repos, { caseId: after.caseId, clientId: after.clientId, key: authorizationAlertKey(authorization), caseLabel });
  const { settings } = await repos.notifications.clinicSettings();
  if (!settings.authorizationAlerts) return 0;
  const [clinic, client, caseFile, members] = await Promise.all([repos.clinic.get(), repos.clients.get(after.clientId), repos.cases.get(after.caseId), allMembers(repos)]);
  const recipients = authorizationAlertRecipients(members, clinic.contactEmail);
  const signature = await signatureOf(repos, clinic);
  let sent = 0;
  for (const authorization of alerted) {
    const message = authorizationAlertMessage({
      clinicName: clinic.name,
      clientName: `${client.firstName} ${client.lastName}`,
      caseLabel: caseFile.caseLabel,
      payerName: after.payers.find((payer) => payer.payerId === authorization.payerId)?.name ?? 'Payer',
      remainingVisits: remainingVisits(authorization) ?? 0,
      validTo: authorization.validTo,
    }, signature);
    for (const recipient of recipients) {
      const key = `${authorizationAlertKey(authorization)}#${recipient.recipientId}`;
      const claimed = await repos.notifications.claimStaffAlert({ caseId: after.caseId, key, kind: 'authorizationLow', recipientId: recipient.recipientId, outcome: 'sending', at: rt.clock.now().toISOString() });
      if (!claimed) continue;
      try {
        const { messageId } = await outgoingMail().mailer.send({
          from: outgoingMail().mailFrom,
          to: recipient.address,
          replyTo: clinic.contactEmail,
          ...message,
          tags: { clinicId: after.clinicId, kind: 'authorizationLow' },
        });
        await repos.notifications.finishStaffAlert(after.caseId, key, messageId);
        sent++;
      } catch (error) {
        // Not sent: give the claim back so the stream's retry may send.
        await repos.notifications.releaseStaffAlert(after.caseId, key);
        throw error;
      }
    }
  }
  return sent;
}
