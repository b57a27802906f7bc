import type { PublicAvailabilityQuery, PublicBookingRequest } from '@casefile/core';
import { createApiHandler, type OperationInput } from '../http/createApiHandler';
import { bookOnline } from './public/bookOnline';
import { issueEmailCode } from './public/emailCodes';
import { sendOnlineConfirmation } from './public/onlineMail';
import { cancelOnline, openManageLink, signManageLink } from './public/manageBooking';
import { publicBookingView } from './public/publicBookingView';
import { loadCatalogue, onlineChoice, toPublicClinic } from './public/publicCatalogue';
import { enforceRateLimits, repositoriesForSlug, sourceAddress } from './public/publicClinicContext';
import { publicTimes } from './public/publicTimes';
import { rescheduleOnline } from './public/rescheduleOnline';

type Slug = { clinicSlug: string };
type Token = { token: string };

/** Public booking (SPEC O1-O5): no login; the clinic comes from the slug, a booking from its signed link. */
export const handler = createApiHandler('public', {
  getPublicClinic: async ({ runtime, params }: OperationInput<Slug>) => toPublicClinic(await loadCatalogue(await repositoriesForSlug(runtime, params.clinicSlug))),

  findPublicTimes: async ({ runtime, params, query, event }: OperationInput<Slug, PublicAvailabilityQuery>) => {
    const repos = await repositoriesForSlug(runtime, params.clinicSlug);
    await enforceRateLimits(repos, runtime, [['times:address', sourceAddress(event)]]);
    return publicTimes(repos, runtime, onlineChoice(await loadCatalogue(repos), query, 'query'), query);
  },

  requestEmailCode: async ({ runtime, params, body, event }: OperationInput<Slug, unknown, { email: string }>) => {
    const repos = await repositoriesForSlug(runtime, params.clinicSlug);
    return issueEmailCode(repos, runtime, event, await repos.clinic.get(), body.email);
  },

  bookOnline: async ({ runtime, params, body, event }: OperationInput<Slug, unknown, PublicBookingRequest>) => {
    const repos = await repositoriesForSlug(runtime, params.clinicSlug);
    const { appointment, client } = await bookOnline(repos, runtime, event, await loadCatalogue(repos), body);
    const booking = await publicBookingView(repos, appointment, runtime.clock.now().toISOString());
    const manageToken = await signManageLink(runtime, appointment);
    // The booking stands whatever the mail does; the page shows the same link.
    await sendOnlineConfirmation(runtime, repos, appointment, booking, { ...client, email: body.email }, manageToken).catch((error: unknown) =>
      runtime.logger.error('online confirmation not sent', { errorName: error instanceof Error ? error.name : typeof error }),
    );
    return { booking, manageToken };
  },

  getManagedBooking: async ({ runtime, params }: OperationInput<Token>) => {
    const managed = await openManageLink(runtime, params.token);
    return publicBookingView(managed.repos, managed.appointment, runtime.clock.now().toISOString());
  },

  cancelManagedBooking: async ({ runtime, params, event }: OperationInput<Token>) => {
    const managed = await openManageLink(runtime, params.token);
    await enforceRateLimits(managed.repos, runtime, [['manage:address', sourceAddress(event)]]);
    const canceled = await cancelOnline(runtime, managed);
    return publicBookingView(managed.repos, canceled, runtime.clock.now().toISOString());
  },

  rescheduleManagedBooking: async ({ runtime, params, body, event }: OperationInput<Token, unknown, { start: string }>) => {
    const managed = await openManageLink(runtime, params.token);
    await enforceRateLimits(managed.repos, runtime, [['manage:address', sourceAddress(event)]]);
    const moved = await rescheduleOnline(runtime, managed, body.start);
    return { booking: await publicBookingView(managed.repos, moved, runtime.clock.now().toISOString()), manageToken: await signManageLink(runtime, moved) };
  },
});
