/** The waitlist routes (SPEC A9), as data: CDK, the local gateway and the OpenAPI document read them without loading the handler. */
import {
  createWaitlistEntrySchema,
  idParamsSchema,
  manualWaitlistOfferSchema,
  publicWaitlistOfferSchema,
  updateWaitlistEntrySchema,
  waitlistAcceptResultSchema,
  waitlistEntryListSchema,
  waitlistEntrySchema,
  waitlistMatchListSchema,
  waitlistMatchQuerySchema,
  waitlistOfferListSchema,
  waitlistOfferSchema,
  waitlistOfferTokenSchema,
  waitlistQuerySchema,
} from '@casefile/core';
import { defineRoutes } from '../../http/route';

export const waitlistRoutes = defineRoutes('waitlist', {
  listWaitlist: { method: 'GET', path: '/api/waitlist', auth: 'staff', action: 'appointments:read', summary: 'Waitlist entries of one status (active by default), best first; or one client’s entries.', query: waitlistQuerySchema, response: waitlistEntryListSchema },
  createWaitlistEntry: { method: 'POST', path: '/api/waitlist', auth: 'staff', action: 'appointments:book', summary: 'Put a client’s open case on the waitlist for a session, with preferred calendars, windows, dates and priority.', body: createWaitlistEntrySchema, response: waitlistEntrySchema, status: 201 },
  updateWaitlistEntry: { method: 'PATCH', path: '/api/waitlist/{id}', auth: 'staff', action: 'appointments:book', summary: 'Change a waitlist entry, or pause or resume it.', params: idParamsSchema, body: updateWaitlistEntrySchema, response: waitlistEntrySchema },
  deleteWaitlistEntry: { method: 'DELETE', path: '/api/waitlist/{id}', auth: 'staff', action: 'appointments:book', summary: 'Take an entry off the waitlist.', params: idParamsSchema, status: 204 },
  listWaitlistEntryOffers: { method: 'GET', path: '/api/waitlist/{id}/offers', auth: 'staff', action: 'appointments:read', summary: 'The openings offered to one entry and what came of each.', params: idParamsSchema, response: waitlistOfferListSchema },
  findWaitlistMatches: { method: 'GET', path: '/api/waitlist/matches', auth: 'staff', action: 'appointments:read', summary: 'The waitlist entries an open slot suits, best first, each at a start the calendar can take now.', query: waitlistMatchQuerySchema, response: waitlistMatchListSchema },
  offerWaitlistOpening: { method: 'POST', path: '/api/waitlist/offers', auth: 'staff', action: 'appointments:book', summary: 'Offer a bookable time to one entry by hand: the same signed, expiring link as automatic offers (recorded as expired, unsent, when the client has no address that takes mail).', body: manualWaitlistOfferSchema, response: waitlistOfferSchema, status: 201 },
  viewWaitlistOffer: { method: 'POST', path: '/api/public/waitlist-offers/view', auth: 'public', summary: 'An offer through its signed link (the token in the body, never in the URL).', body: waitlistOfferTokenSchema, response: publicWaitlistOfferSchema },
  acceptWaitlistOffer: { method: 'POST', path: '/api/public/waitlist-offers/accept', auth: 'public', summary: 'Take the offered time: the first acceptance books it through the double-booking guard; later ones are told it is taken.', body: waitlistOfferTokenSchema, response: waitlistAcceptResultSchema },
});
