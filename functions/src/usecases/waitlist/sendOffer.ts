/**
 * Offers one opening to one entry (SPEC A9): claims the offer (a conditional create, so nobody is
 * offered one opening twice), mails and/or texts (as the client prefers) the signed link that expires with the offer, and schedules the
 * expiry that hands the place to the next person. A mail that fails gives the claim back and throws,
 * so the stream or scheduler retries it.
 */
import { normalizePhone, offerExpiry, offerExpiryScheduleName, offerId, smsChoice, smsFacts, waitlistOfferMail, waitlistOfferSms, type WaitlistMatch } from '@casefile/core';
import type { ClinicRepositories, StoredWaitlistOpening } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { outgoingMail } from '../../ports/outgoingMail';
import { outgoingSms } from '../../ports/outgoingSms';
import { EXPIRE_WAITLIST_OFFER_TARGET, scheduling } from '../../ports/scheduling';
import { publicLinks } from '../public/publicClinicContext';
import { sendClinicSms } from '../sms/clinicSms';
import { signatureOf } from '../notifications/signatureOf';
import { offerUrl, type WaitlistSettings } from './waitlistSettings';

export interface OfferExpiryPayload {
  kind: 'waitlistOfferExpiry';
  clinicId: string;
  openingId: string;
  entryId: string;
}

export function isOfferExpiryPayload(value: unknown): value is OfferExpiryPayload {
  const payload = value as Partial<OfferExpiryPayload> | null;
  return typeof payload === 'object' && payload !== null && payload.kind === 'waitlistOfferExpiry' && typeof payload.clinicId === 'string' && typeof payload.openingId === 'string' && typeof payload.entryId === 'string';
}

export type OfferSent = 'sent' | 'offered_before' | 'unreachable';

export async function sendOffer(
  repos: ClinicRepositories,
  runtime: Runtime,
  opening: StoredWaitlistOpening,
  match: WaitlistMatch,
  context: { timeZone: string; providerName: string; settings: WaitlistSettings; locationId?: string | undefined },
): Promise<OfferSent> {
  const now = runtime.clock.now().toISOString();
  const expiresAt = offerExpiry(now, match.start, context.settings.offerMinutes);
  const [client, clinic] = await Promise.all([repos.clients.get(match.clientId), repos.clinic.get()]);
  const channels = await channelsOf(repos, client);
  const claimed = await repos.waitlist.claimOffer({
    openingId: opening.openingId,
    entryId: match.entryId,
    offerId: offerId(opening.openingId, match.entryId),
    clientId: match.clientId,
    calendarId: opening.calendarId,
    sessionId: match.sessionId,
    start: match.start,
    end: match.end,
    // Someone who cannot be reached is passed over at once (claimed as expired), so the next is offered.
    status: channels.email || channels.phone ? 'offered' : 'expired',
    expiresAt,
    sentAt: now,
  });
  if (!claimed) return 'offered_before';
  if (!channels.email && !channels.phone) return 'unreachable';
  const expiryName = offerExpiryScheduleName(offerId(opening.openingId, match.entryId));
  const { scheduler, scheduleGroup } = scheduling();
  try {
    const links = await publicLinks(runtime);
    const token = await links.signOfferLink({ clinicId: repos.clinicId, openingId: opening.openingId, entryId: match.entryId }, expiresAt);
    const facts = { clientName: client.preferredName ?? client.firstName, clinicName: clinic.name, clinicPhone: clinic.phone, start: match.start, timeZone: context.timeZone, providerName: context.providerName };
    const payload: OfferExpiryPayload = { kind: 'waitlistOfferExpiry', clinicId: repos.clinicId, openingId: opening.openingId, entryId: match.entryId };
    await scheduler.upsertOneTimeSchedule({ name: expiryName, group: scheduleGroup, at: expiresAt, timeZone: context.timeZone, target: EXPIRE_WAITLIST_OFFER_TARGET, payload });
    const tags = { clinicId: repos.clinicId, kind: 'waitlistOffer', openingId: opening.openingId, entryId: match.entryId };
    if (channels.phone) {
      await sendClinicSms(repos, { to: channels.phone, body: waitlistOfferSms(smsFacts(facts), smsFacts({ ...facts, start: expiresAt }), offerUrl(token)), tags });
    }
    if (channels.email) {
      await outgoingMail().mailer.send({ from: outgoingMail().mailFrom, to: channels.email, replyTo: clinic.contactEmail, ...waitlistOfferMail(facts, offerUrl(token), expiresAt, await signatureOf(repos, clinic, context.locationId)), tags });
    }
    return 'sent';
  } catch (error) {
    await repos.waitlist.releaseOffer(opening.openingId, match.entryId);
    // The expiry of an offer that was given back must not fire (a retry schedules its own).
    await scheduler.deleteSchedule(expiryName, scheduleGroup).catch(() => undefined);
    throw error;
  }
}

type OfferClient = { email?: string | undefined; mobilePhone?: string | undefined; status: string; communication?: { email?: boolean; sms?: boolean } | undefined; consent?: { electronicCommunication?: boolean } | undefined };

/** Where this client takes an offer now: mail (not suppressed), text (preferred, consented, no STOP), both or neither. */
async function channelsOf(repos: ClinicRepositories, client: OfferClient): Promise<{ email?: string; phone?: string }> {
  const sms = outgoingSms().configured === false ? undefined : smsChoice(client);
  const [emailSuppressed, phoneStopped] = await Promise.all([
    reachable(client) ? repos.notifications.isSuppressed(client.email!) : Promise.resolve(true),
    sms && 'phone' in sms ? repos.sms.isOptedOut(normalizePhone(sms.phone)) : Promise.resolve(true),
  ]);
  return { ...(emailSuppressed ? {} : { email: client.email! }), ...(phoneStopped || !sms || !('phone' in sms) ? {} : { phone: sms.phone }) };
}

function reachable(client: { email?: string | undefined; status: string; communication?: { email?: boolean } | undefined }): boolean {
  return Boolean(client.email) && client.status !== 'archived' && client.communication?.email !== false;
}
