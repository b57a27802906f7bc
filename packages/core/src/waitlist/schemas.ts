/** The waitlist's request and response shapes (SPEC A9): entries, and the offers made from them. */
import * as z from 'zod';
import { localTimeSchema } from '../schemas/calendar';
import { instantSchema, localDateSchema, recordMetaSchema, shortTextSchema, ulidSchema } from '../schemas/common';

export const WAITLIST_ENTRY_STATUSES = ['active', 'paused', 'booked'] as const;
export type WaitlistEntryStatus = (typeof WAITLIST_ENTRY_STATUSES)[number];

export const WAITLIST_OFFER_STATUSES = ['offered', 'accepted', 'taken', 'expired', 'withdrawn'] as const;
export type WaitlistOfferStatus = (typeof WAITLIST_OFFER_STATUSES)[number];

export const WAITLIST_OPENING_STATUSES = ['open', 'filled', 'withdrawn'] as const;
export type WaitlistOpeningStatus = (typeof WAITLIST_OPENING_STATUSES)[number];

/** 1 is offered first. */
export const WAITLIST_PRIORITIES = { highest: 1, lowest: 5, default: 3 } as const;

export const waitlistWindowSchema = z
  .strictObject({
    days: z.array(z.number().int().min(1).max(7)).min(1).max(7).meta({ description: 'ISO weekdays (1 = Monday ... 7 = Sunday) in the location’s zone.' }),
    start: localTimeSchema,
    end: localTimeSchema,
  })
  .refine((window) => window.start < window.end, { path: ['end'], message: 'A window ends after it starts.' })
  .meta({ id: 'WaitlistWindow' });
export type WaitlistWindow = z.infer<typeof waitlistWindowSchema>;

const entryFields = {
  sessionId: ulidSchema,
  calendarIds: z.array(ulidSchema).max(20).meta({ description: 'Preferred calendars; empty means any calendar that takes the session.' }),
  windows: z.array(waitlistWindowSchema).max(14).meta({ description: 'When the client can come, local time; empty means any time.' }),
  earliestDate: localDateSchema,
  latestDate: localDateSchema,
  priority: z.number().int().min(WAITLIST_PRIORITIES.highest).max(WAITLIST_PRIORITIES.lowest).meta({ description: '1 is offered first.' }),
  notes: shortTextSchema,
};

const datesInOrder = (entry: { earliestDate?: string | null | undefined; latestDate?: string | null | undefined }) =>
  !entry.earliestDate || !entry.latestDate || entry.earliestDate <= entry.latestDate;

export const createWaitlistEntrySchema = z
  .strictObject({
    caseId: ulidSchema,
    sessionId: entryFields.sessionId,
    calendarIds: entryFields.calendarIds.default([]),
    windows: entryFields.windows.default([]),
    earliestDate: entryFields.earliestDate.optional(),
    latestDate: entryFields.latestDate.optional(),
    priority: entryFields.priority.default(WAITLIST_PRIORITIES.default),
    notes: entryFields.notes.optional(),
  })
  .refine(datesInOrder, { path: ['latestDate'], message: 'The latest date is on or after the earliest.' })
  .meta({ id: 'CreateWaitlistEntry' });
export type CreateWaitlistEntry = z.output<typeof createWaitlistEntrySchema>;

export const updateWaitlistEntrySchema = z
  .strictObject({
    sessionId: entryFields.sessionId.optional(),
    calendarIds: entryFields.calendarIds.optional(),
    windows: entryFields.windows.optional(),
    earliestDate: entryFields.earliestDate.nullable().optional(),
    latestDate: entryFields.latestDate.nullable().optional(),
    priority: entryFields.priority.optional(),
    notes: entryFields.notes.nullable().optional(),
    status: z.enum(['active', 'paused']).optional(),
  })
  .refine(datesInOrder, { path: ['latestDate'], message: 'The latest date is on or after the earliest.' })
  .meta({ id: 'UpdateWaitlistEntry' });
export type UpdateWaitlistEntry = z.output<typeof updateWaitlistEntrySchema>;

export const waitlistEntrySchema = z
  .object({
    entryId: ulidSchema,
    clientId: ulidSchema,
    caseId: ulidSchema,
    sessionId: ulidSchema,
    calendarIds: z.array(ulidSchema),
    windows: z.array(waitlistWindowSchema),
    earliestDate: localDateSchema.optional(),
    latestDate: localDateSchema.optional(),
    priority: z.number().int(),
    notes: z.string().optional(),
    status: z.enum(WAITLIST_ENTRY_STATUSES),
    version: z.number().int(),
  })
  .extend(recordMetaSchema.shape)
  .meta({ id: 'WaitlistEntry' });
export type WaitlistEntry = z.infer<typeof waitlistEntrySchema>;

export const waitlistQuerySchema = z.strictObject({
  status: z.enum(WAITLIST_ENTRY_STATUSES).optional(),
  clientId: ulidSchema.optional(),
});

export const waitlistOfferSchema = z
  .object({
    offerId: z.string(),
    openingId: z.string(),
    entryId: ulidSchema,
    clientId: ulidSchema,
    calendarId: ulidSchema,
    sessionId: ulidSchema,
    start: instantSchema,
    end: instantSchema,
    status: z.enum(WAITLIST_OFFER_STATUSES),
    expiresAt: instantSchema,
    sentAt: instantSchema,
    appointmentId: ulidSchema.optional(),
  })
  .meta({ id: 'WaitlistOffer' });
export type WaitlistOffer = z.infer<typeof waitlistOfferSchema>;

/** A slot on a calendar that staff ask the waitlist about (the console's "matches" on an empty slot). */
export const waitlistMatchQuerySchema = z.strictObject({
  calendarId: ulidSchema,
  start: instantSchema,
  end: instantSchema,
});

export const waitlistMatchSchema = z
  .object({ entryId: ulidSchema, clientId: ulidSchema, sessionId: ulidSchema, priority: z.number().int(), start: instantSchema, end: instantSchema })
  .meta({ id: 'WaitlistMatch' });

export const waitlistMatchListSchema = z.object({ items: z.array(waitlistMatchSchema) }).meta({ id: 'WaitlistMatchList' });
export const waitlistEntryListSchema = z.object({ items: z.array(waitlistEntrySchema) }).meta({ id: 'WaitlistEntryList' });
export const waitlistOfferListSchema = z.object({ items: z.array(waitlistOfferSchema) }).meta({ id: 'WaitlistOfferList' });

/** Staff offer one opening to one entry by hand. */
export const manualWaitlistOfferSchema = z
  .strictObject({ entryId: ulidSchema, calendarId: ulidSchema, start: instantSchema })
  .meta({ id: 'ManualWaitlistOffer' });

/** The public offer page sends the token from the page's fragment in the body, never in the URL. */
export const waitlistOfferTokenSchema = z.strictObject({ token: z.string().min(10).max(2048) }).meta({ id: 'WaitlistOfferToken' });

export const publicWaitlistOfferSchema = z
  .object({
    clinicName: z.string(),
    sessionName: z.string(),
    providerName: z.string(),
    start: instantSchema,
    end: instantSchema,
    timeZone: z.string(),
    status: z.enum(WAITLIST_OFFER_STATUSES),
    expiresAt: instantSchema,
  })
  .meta({ id: 'PublicWaitlistOffer' });

export type PublicWaitlistOffer = z.infer<typeof publicWaitlistOfferSchema>;

export const waitlistAcceptResultSchema = z
  .object({ outcome: z.enum(['booked', 'taken', 'expired']), offer: publicWaitlistOfferSchema })
  .meta({ id: 'WaitlistAcceptResult' });
export type WaitlistAcceptResult = z.infer<typeof waitlistAcceptResultSchema>;
