import { createApiHandler } from '../../http/createApiHandler';
import { bookOnline } from '../../usecases/public/bookOnline';
import { issueEmailCode } from '../../usecases/public/emailCodes';
import { sendOnlineConfirmation } from '../../usecases/public/onlineMail';
import { cancelOnline, openManageLink, signManageLink } from '../../usecases/public/manageBooking';
import { publicBookingView } from '../../usecases/public/publicBookingView';
import { loadCatalogue, onlineChoice, toPublicClinic } from '../../usecases/public/publicCatalogue';
import { enforceRateLimits, repositoriesForSlug, sourceAddress } from '../../usecases/public/publicClinicContext';
import { publicTimes } from '../../usecases/public/publicTimes';
import { rescheduleOnline } from '../../usecases/public/rescheduleOnline';
import { publicRoutes } from './routes';

/** Public booking (SPEC O1-O5): no login; the clinic comes from the slug, a booking from its signed link. */
export const handler = createApiHandler(publicRoutes, {
  getPublicClinic: async ({ runtime, params }) => toPublicClinic(await loadCatalogue(await repositoriesForSlug(runtime, params.clinicSlug))),

  findPublicTimes: async ({ runtime, params, query, event }) => {
    const repos = await repositoriesForSlug(runtime, params.clinicSlug);
    await enforceRateLimits(repos, runtime, [['times:address', sourceAddress(event)]]);
    return publicTimes(repos, runtime, onlineChoice(await loadCatalogue(repos), query), query);
  },

  requestEmailCode: async ({ runtime, params, body, event }) => {
    const repos = await repositoriesForSlug(runtime, params.clinicSlug);
    return issueEmailCode(repos, runtime, event, await repos.clinic.get(), body.email);
  },

  bookOnline: async ({ runtime, params, body, event }) => {
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

  getManagedBooking: async ({ runtime, params }) => {
    const managed = await openManageLink(runtime, params.token);
    return publicBookingView(managed.repos, managed.appointment, runtime.clock.now().toISOString());
  },

  cancelManagedBooking: async ({ runtime, params, event }) => {
    const managed = await openManageLink(runtime, params.token);
    await enforceRateLimits(managed.repos, runtime, [['manage:address', sourceAddress(event)]]);
    const canceled = await cancelOnline(runtime, managed);
    return publicBookingView(managed.repos, canceled, runtime.clock.now().toISOString());
  },

  rescheduleManagedBooking: async ({ runtime, params, body, event }) => {
    const managed = await openManageLink(runtime, params.token);
    await enforceRateLimits(managed.repos, runtime, [['manage:address', sourceAddress(event)]]);
    const moved = await rescheduleOnline(runtime, managed, body.start);
    return { booking: await publicBookingView(managed.repos, moved, runtime.clock.now().toISOString()), manageToken: await signManageLink(runtime, moved) };
  },
});
