import { createApiHandler } from '../../http/createApiHandler';
import { acceptOffer, viewOffer } from '../../usecases/waitlist/publicOffer';
import { findSlotMatches, offerByHand } from '../../usecases/waitlist/staffOffers';
import { createWaitlistEntry, listWaitlistEntries, updateWaitlistEntry } from '../../usecases/waitlist/waitlistEntries';
import { waitlistRoutes } from './routes';

/** The waitlist (SPEC A9): entries, matches of a slot, offers by hand, and the client's offer link. */
export const handler = createApiHandler(waitlistRoutes, {
  listWaitlist: async ({ repos, query }) => ({ items: await listWaitlistEntries(repos, query) }),
  createWaitlistEntry: ({ repos, body }) => createWaitlistEntry(repos, body),
  updateWaitlistEntry: ({ repos, params, body }) => updateWaitlistEntry(repos, params.id, body),
  deleteWaitlistEntry: async ({ repos, params }) => {
    await repos.waitlist.removeEntry(params.id);
    return undefined;
  },
  listWaitlistEntryOffers: async ({ repos, params }) => {
    await repos.waitlist.getEntry(params.id);
    return { items: await repos.waitlist.offersOfEntry(params.id) };
  },
  findWaitlistMatches: async ({ repos, runtime, query }) => ({ items: await findSlotMatches(repos, runtime, query) }),
  offerWaitlistOpening: ({ repos, runtime, body }) => offerByHand(repos, runtime, body),
  viewWaitlistOffer: ({ runtime, body }) => viewOffer(runtime, body.token),
  acceptWaitlistOffer: ({ runtime, body }) => acceptOffer(runtime, body.token),
});
