/**
 * Offers one opening to one entry (SPEC A9): claims the offer (a conditional create, so nobody is
 * offered one opening twice), mails the signed link that expires with the offer, and schedules the
 * expiry that hands the place to the next person. A mail that fails gives the claim back and throws,
 * so the stream or scheduler retries it.
 */
import { offerExpiry, offerExpiryScheduleName, offerId, waitlistOfferMail, type WaitlistMatch } from '@casefile/core';
import type { ClinicRepositories, StoredWaitlistOpening } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { outgoingMail } from '../../ports/outgoingMail';
import { EXPIRE_WAITLIST_OFFER_TARGET, scheduling } from '../../ports/scheduling';
import { publicLinks } from '../public/publicClinicContext';
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
  context: { timeZone: string; providerName: string; settings: WaitlistSettings },
): Promise<OfferSent> {
  const now = runtime.clock.now().toISOString();
  const expiresAt = offerExpiry(now, match.start, context.settings.offerMinutes);
  const [client, clinic] = await Promise.all([repos.clients.get(match.clientId), repos.clinic.get()]);
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
    status: reachable(client) ? 'offered' : 'expired',
    expiresAt,
    sentAt: now,
  });
  if (!claimed) return 'offered_before';
  if (!reachable(client) || (await repos.notifications.isSuppressed(client.email!))) {
    await repos.waitlist.setOfferStatus(opening.openingId, match.entryId, 'offered', 'expired');
    return 'unreachable';
  }
  try {
    const links = await publicLinks(runtime);
    const token = await links.signOfferLink({ clinicId: repos.clinicId, openingId: opening.openingId, entryId: match.entryId }, expiresAt);
    const mail = waitlistOfferMail(
      { clientName: client.preferredName ?? client.firstName, clinicName: clinic.name, clinicPhone: clinic.phone, start: match.start, timeZone: context.timeZone, providerName: context.providerName },
      offerUrl(token),
      expiresAt,
    );
    const { scheduler, scheduleGroup } = scheduling();
    const payload: OfferExpiryPayload = { kind: 'waitlistOfferExpiry', clinicId: repos.clinicId, openingId: opening.openingId, entryId: match.entryId };
    await scheduler.upsertOneTimeSchedule({ name: offerExpiryScheduleName(offerId(opening.openingId, match.entryId)), group: scheduleGroup, at: expiresAt, timeZone: context.timeZone, target: EXPIRE_WAITLIST_OFFER_TARGET, payload });
    await outgoingMail().mailer.send({
      from: outgoingMail().mailFrom,
      to: client.email!,
      replyTo: clinic.contactEmail,
      ...mail,
      tags: { clinicId: repos.clinicId, kind: 'waitlistOffer', openingId: opening.openingId, entryId: match.entryId },
    });
    return 'sent';
  } catch (error) {
    await repos.waitlist.releaseOffer(opening.openingId, match.entryId);
    throw error;
  }
}

function reachable(client: { email?: string | undefined; status: string; communication?: { email?: boolean } | undefined }): boolean {
  return Boolean(client.email) && client.status !== 'archived' && client.communication?.email !== false;
}
