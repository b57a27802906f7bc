/**
 * Delivery of one planned message (SPEC N1-N3), the same for a firing schedule and a notice due now:
 * re-read the appointment (a new-booking notice follows the booking to where it was moved), decide
 * with the core whether it is still due, then per recipient claim the message with a conditional
 * write, send it through the mailer, and record the outcome. A repeat finds the claim and sends
 * nothing; a suppressed or opted-out recipient is recorded as skipped, visible on the appointment;
 * a send the mailer refused is recorded as failed, and the error goes on to the caller's retry.
 */
import {
  appointmentInvite,
  clinicSignature,
  type DeliveryPayload,
  DEFAULT_TEMPLATES,
  deliveryKey,
  isForAudience,
  messageValues,
  type NotificationLogEntry,
  oneLineAddress,
  recipientsFor,
  renderNotification,
  staleReason,
} from '@casefile/core';
import type { ClinicRepositories, StoredAppointment } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { outgoingMail } from '../../ports/outgoingMail';
import { signManageLink } from '../public/manageBooking';
import { manageUrl } from '../public/onlineMail';
import { MAX_CHAIN_HOPS, orUndefined, systemRepositories } from './notificationRepos';
import { raiseFailedNoticeTask } from '../tasks/systemTasks';
import { deliverNoticeSms } from './deliverSms';
import { signatureOf } from './signatureOf';

export type DeliveryResult = { outcome: 'stale'; reason: string } | { outcome: 'delivered'; sent: number; skipped: number; repeated: number };

async function describedAppointment(repos: ClinicRepositories, payload: DeliveryPayload): Promise<StoredAppointment | undefined> {
  let appointment = await orUndefined(repos.appointments.get(payload.appointmentId));
  if (payload.kind !== 'newBooking') return appointment;
  for (let hops = 0; appointment?.rescheduledToId && hops < MAX_CHAIN_HOPS; hops++) {
    appointment = await orUndefined(repos.appointments.get(appointment.rescheduledToId));
  }
  return appointment;
}

export async function deliver(rt: Runtime, payload: DeliveryPayload): Promise<DeliveryResult> {
  const repos = systemRepositories(rt, payload.clinicId);
  const appointment = await describedAppointment(repos, payload);
  const now = rt.clock.now().toISOString();
  const { settings } = appointment ? await repos.notifications.effectiveFor(appointment.calendarId) : await repos.notifications.clinicSettings();
  const stale = staleReason(payload, appointment, settings, now);
  if (stale || !appointment) {
    rt.logger.info('notification not sent', { kind: payload.kind, reason: stale, clinicId: payload.clinicId, appointmentId: payload.appointmentId });
    return { outcome: 'stale', reason: stale ?? 'missing' };
  }

  const [client, calendar, clinic] = await Promise.all([
    orUndefined(repos.clients.get(appointment.clientId)),
    repos.calendars.get(appointment.calendarId),
    repos.clinic.get(),
  ]);
  const provider = calendar.memberId ? await orUndefined(repos.members.get(calendar.memberId)) : undefined;
  const recipients = recipientsFor(payload.kind, settings, client, provider).filter((recipient) => isForAudience(payload, recipient.audience));
  const result = { outcome: 'delivered' as const, sent: 0, skipped: 0, repeated: 0 };
  if (recipients.length === 0) return result;

  const [location, template, previous] = await Promise.all([
    orUndefined(repos.locations.get(calendar.locationId)),
    repos.notifications.template(payload.kind),
    payload.kind === 'reschedule' && !payload.previousStart && appointment.rescheduledFromId ? orUndefined(repos.appointments.get(appointment.rescheduledFromId)) : Promise.resolve(undefined),
  ]);
  const chosen = template ?? DEFAULT_TEMPLATES[payload.kind];
  const timeZone = location?.timeZone ?? clinic.defaultTimeZone;
  const address = oneLineAddress(location?.address);
  const values = messageValues({
    clientName: client?.preferredName ?? client?.firstName ?? '',
    clinicName: clinic.name,
    clinicPhone: location?.phone ?? clinic.phone,
    start: appointment.start,
    previousStart: (payload.kind === 'reschedule' ? payload.previousStart : undefined) ?? previous?.start,
    timeZone,
    locationName: location?.name,
    locationAddress: address,
    providerName: calendar.name,
  });
  const signature = location?.address ? clinicSignature(clinic, location) : await signatureOf(repos, clinic, location?.locationId);
  // Only online bookings have a client manage page; a staff booking is changed by calling the clinic.
  const manage = appointment.mode === 'online' && payload.kind !== 'cancellation' && payload.kind !== 'noShow'
    ? { label: 'See or change your booking', url: manageUrl(await signManageLink(rt, appointment)) }
    : undefined;
  const invite = payload.kind === 'newBooking' || payload.kind === 'reschedule' ? await inviteFor(repos, appointment, { clinicName: clinic.name, locationName: location?.name, locationAddress: address, providerName: calendar.name, now }) : undefined;

  for (const recipient of recipients) {
    const entry: NotificationLogEntry = {
      appointmentId: payload.appointmentId,
      key: deliveryKey(payload, recipient.audience),
      kind: payload.kind,
      audience: recipient.audience,
      ...(payload.kind === 'reminder' ? { leadMinutes: payload.leadMinutes } : {}),
      ...(appointment.appointmentId !== payload.appointmentId ? { describedAppointmentId: appointment.appointmentId } : {}),
      outcome: 'sending',
      at: now,
    };
    const skip = recipient.skip ?? (recipient.address && (await repos.notifications.isSuppressed(recipient.address)) ? 'suppressed' : undefined);
    if (skip || !recipient.address) {
      if (await repos.notifications.claim({ ...entry, outcome: 'skipped', reason: skip ?? 'no_address' })) result.skipped++;
      else result.repeated++;
      continue;
    }
    if (!(await repos.notifications.claim(entry))) {
      result.repeated++;
      continue;
    }
    try {
      const message = renderNotification({ kind: payload.kind, audience: recipient.audience, template: chosen, values, signature, manage: recipient.audience === 'client' ? manage : undefined });
      const { messageId } = await outgoingMail().mailer.send({
        from: outgoingMail().mailFrom,
        to: recipient.address,
        replyTo: clinic.contactEmail,
        ...message,
        ...(invite ? { attachments: [recipient.audience === 'client' ? invite.forClient(manage?.url) : invite.forClient(undefined)] } : {}),
        tags: { clinicId: payload.clinicId, appointmentId: payload.appointmentId, kind: payload.kind, ...(payload.kind === 'reminder' ? { leadMinutes: String(payload.leadMinutes) } : {}) },
      });
      await repos.notifications.finish(entry.appointmentId, entry.key, { outcome: 'sent', messageId, at: rt.clock.now().toISOString() });
      result.sent++;
    } catch (error) {
      // Not sent: kept as failed, where staff see it, and claimable again by the retry (schedule, stream or staff).
      await repos.notifications.markFailed(entry.appointmentId, entry.key, { error: errorName(error), at: rt.clock.now().toISOString(), payload });
      await raiseFailedNoticeTask(repos, { appointmentId: entry.appointmentId, clientId: appointment.clientId, key: entry.key });
      throw error;
    }
  }
  if (recipients.some((recipient) => recipient.audience === 'client')) {
    const sms = await deliverNoticeSms(repos, rt, payload, client, { clinicName: clinic.name, date: values.date ?? '', time: values.time ?? '', clinicPhone: values.clinicPhone });
    if (sms !== 'none') result[sms]++;
  }
  return result;
}

type InviteContext = { clinicName: string; locationName?: string | undefined; locationAddress?: string | undefined; providerName?: string; now: string };

/** The booking's calendar event: its UID is the first appointment of the move chain, its sequence the number of moves. */
async function inviteFor(repos: ClinicRepositories, appointment: StoredAppointment, context: InviteContext) {
  let root = appointment;
  let moves = 0;
  for (; root.rescheduledFromId && moves < MAX_CHAIN_HOPS; moves++) {
    const previous = await orUndefined(repos.appointments.get(root.rescheduledFromId));
    if (!previous) break;
    root = previous;
  }
  const facts = { ...context, bookingId: root.appointmentId, sequence: moves, start: appointment.start, end: appointment.end };
  return { forClient: (url: string | undefined) => appointmentInvite({ ...facts, manageUrl: url }) };
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
