import { createApiHandler } from '../../http/createApiHandler';
import { bookOnlineAndConfirm } from '../../usecases/public/bookOnlineAndConfirm';
import { cancelManagedBooking } from '../../usecases/public/cancelManagedBooking';
import { issueEmailCode } from '../../usecases/public/emailCodes';
import { openManageLink } from '../../usecases/public/manageBooking';
import { publicBookingView } from '../../usecases/public/publicBookingView';
import { loadCatalogue, onlineChoice, toPublicClinic } from '../../usecases/public/publicCatalogue';
import { enforceRateLimits, repositoriesForSlug, sourceAddress } from '../../usecases/public/publicClinicContext';
import { publicTimes } from '../../usecases/public/publicTimes';
import { rescheduleManagedBooking } from '../../usecases/public/rescheduleManagedBooking';
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

  bookOnline: ({ runtime, params, body, event }) => bookOnlineAndConfirm(runtime, event, params.clinicSlug, body),

  getManagedBooking: async ({ runtime, body }) => {
    const managed = await openManageLink(runtime, body.token);
    return publicBookingView(managed.repos, managed.appointment, runtime.clock.now().toISOString());
  },

  cancelManagedBooking: ({ runtime, body, event }) => cancelManagedBooking(runtime, body.token, sourceAddress(event)),
  rescheduleManagedBooking: ({ runtime, body, event }) => rescheduleManagedBooking(runtime, body.token, sourceAddress(event), body.start),
});
