/**
 * Sends online booking's own mails through the notifications mailer: the one-time code, and the
 * confirmation with the manage link. The confirmation is recorded in the appointment's notification
 * log as its client new-booking notice, so the notifications consumer does not send a second one; a
 * suppressed address is skipped, and the skip shows in that log.
 */
import { appointmentInvite, EMAIL_CODE_MINUTES, emailCodeMail, oneLineAddress, onlineConfirmationMail, type Clinic, type PublicBooking } from '@casefile/core';
import type { ClinicRepositories, StoredAppointment } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { outgoingMail } from '../../ports/outgoingMail';
import { signatureOf } from '../notifications/signatureOf';

/** The token goes after `#`: browsers never send the fragment, so it stays out of every access log. */
export function manageUrl(token: string, env: NodeJS.ProcessEnv = process.env): string {
  const site = (env.PUBLIC_SITE_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
  return `${site}/book/manage#${token}`;
}

export async function sendEmailCode(runtime: Runtime, repos: ClinicRepositories, clinic: Clinic, email: string, code: string): Promise<void> {
  if (await repos.notifications.isSuppressed(email)) return;
  await outgoingMail().mailer.send({
    from: outgoingMail().mailFrom,
    to: email,
    replyTo: clinic.contactEmail,
    ...emailCodeMail(await signatureOf(repos, clinic), code, EMAIL_CODE_MINUTES),
    tags: { clinicId: clinic.clinicId, kind: 'emailCode' },
  });
}

export async function sendOnlineConfirmation(
  runtime: Runtime,
  repos: ClinicRepositories,
  appointment: StoredAppointment,
  booking: PublicBooking,
  client: { firstName: string; preferredName?: string | undefined; email: string },
  token: string,
): Promise<void> {
  const key = 'newBooking#client';
  const entry = { appointmentId: appointment.appointmentId, key, kind: 'newBooking' as const, audience: 'client' as const, at: runtime.clock.now().toISOString() };
  const [calendar] = await repos.calendars.getMany([appointment.calendarId]);
  const location = calendar ? await repos.locations.get(calendar.locationId) : undefined;
  if (await repos.notifications.isSuppressed(client.email)) {
    await repos.notifications.claim({ ...entry, outcome: 'skipped', reason: 'suppressed' });
    return;
  }
  if (!(await repos.notifications.claim({ ...entry, outcome: 'sending' }))) return;
  const signature = await signatureOf(repos, booking.clinic, location?.locationId);
  const address = oneLineAddress(location?.address);
  const phone = booking.contact?.kind === 'phone' ? booking.contact.value : signature.phone;
  const link = manageUrl(token);
  const mail = onlineConfirmationMail(
    {
      clientName: client.preferredName ?? client.firstName,
      clinicName: booking.clinic.name,
      clinicPhone: phone,
      start: booking.start,
      timeZone: booking.timeZone,
      locationName: booking.locationName,
      providerName: booking.calendarName,
    },
    link,
    { canChange: booking.canCancel, until: booking.selfCancelUntil, windowHours: booking.selfCancelWindowHours, contact: booking.contact },
    { ...signature, phone: phone ?? signature.phone },
  );
  const invite = appointmentInvite({
    bookingId: appointment.appointmentId,
    sequence: 0,
    start: appointment.start,
    end: appointment.end,
    clinicName: booking.clinic.name,
    locationName: booking.locationName,
    locationAddress: address,
    providerName: booking.calendarName,
    manageUrl: link,
    now: runtime.clock.now().toISOString(),
  });
  try {
    const { messageId } = await outgoingMail().mailer.send({
      from: outgoingMail().mailFrom,
      to: client.email,
      replyTo: booking.clinic.contactEmail,
      ...mail,
      attachments: [invite],
      tags: { clinicId: appointment.clinicId, appointmentId: appointment.appointmentId, kind: 'newBooking' },
    });
    await repos.notifications.finish(appointment.appointmentId, key, { outcome: 'sent', messageId, at: runtime.clock.now().toISOString() });
  } catch (error) {
    await repos.notifications.release(appointment.appointmentId, key);
    throw error;
  }
}
