/**
 * SMS from a clinic and replies to it (SPEC N1-N2). Sending skips a number that replied STOP to this
 * clinic and keeps the text to two segments. A reply "C" confirms the client's next booked visit,
 * "STOP"/"START" opt the number out or back in, and anything else (an "X" included: cancelling
 * by SMS is left to the front desk) becomes a task for the front desk.
 */
import { deterministicUlid, fitSms, normalizePhone, readSmsReply } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { outgoingSms } from '../../ports/outgoingSms';
import { changeAppointmentStatus } from '../appointments/changeAppointmentStatus';

export type SmsSent = { outcome: 'sent'; messageId: string } | { outcome: 'opted_out' };

export async function sendClinicSms(repos: ClinicRepositories, sms: { to: string; body: string; tags: Record<string, string> }): Promise<SmsSent> {
  if (await repos.sms.isOptedOut(normalizePhone(sms.to))) return { outcome: 'opted_out' };
  const { messageId } = await outgoingSms().sender.send({ to: sms.to, body: fitSms(sms.body), tags: { ...sms.tags, clinicId: repos.clinicId } });
  await repos.sms.rememberReplyRoute(normalizePhone(sms.to));
  return { outcome: 'sent', messageId };
}

export type SmsReplyOutcome = 'opted_out' | 'opted_in' | 'confirmed' | 'task' | 'ignored';

export async function receiveSmsReply(repos: ClinicRepositories, runtime: Runtime, reply: { from: string; text: string; messageId: string }): Promise<SmsReplyOutcome> {
  const phoneKey = normalizePhone(reply.from);
  const intent = readSmsReply(reply.text);
  if (intent === 'stop') {
    await repos.sms.optOut(phoneKey);
    return 'opted_out';
  }
  if (intent === 'start') {
    await repos.sms.optIn(phoneKey);
    return 'opted_in';
  }
  const client = (await repos.clients.search({ phone: reply.from, limit: 10 })).items.find((candidate) => candidate.status === 'active');
  if (!client) return 'ignored';
  const now = runtime.clock.now().toISOString();
  const upcoming = (await repos.appointments.listAllForClient(client.clientId))
    .filter((appointment) => (appointment.status === 'booked' || appointment.status === 'confirmed') && appointment.start > now)
    .sort((a, b) => a.start.localeCompare(b.start))[0];
  if (intent === 'confirm' && upcoming?.status === 'booked') {
    await changeAppointmentStatus({ repos, runtime }, upcoming.appointmentId, { status: 'confirmed' });
    return 'confirmed';
  }
  if (intent === 'confirm' && upcoming?.status === 'confirmed') return 'confirmed';
  await repos.tasks.createOnce(
    deterministicUlid(upcoming?.appointmentId ?? client.clientId, 'sms_reply', reply.messageId),
    {
      title: intent === 'cancel' ? 'A client asked by SMS to cancel' : 'A client replied by SMS',
      description: reply.text.slice(0, 500),
      clientId: client.clientId,
      ...(upcoming ? { appointmentId: upcoming.appointmentId, caseId: upcoming.caseId } : {}),
      assignee: { kind: 'role', role: 'front_desk' },
      priority: intent === 'cancel' ? 'high' : 'normal',
    },
    'sms_reply',
  );
  return 'task';
}
