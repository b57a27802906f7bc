/** Request and response shapes of the calendar-feed routes (SPEC P3). */
import * as z from 'zod';
import { instantSchema, ulidSchema } from '../schemas/common';

/** A feed secret as it sits in the feed URL: 32 random bytes, base64url. */
export const feedTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'Not a feed address.');
export const feedTokenParamsSchema = z.strictObject({ token: feedTokenSchema });

export const calendarFeedStateSchema = z
  .object({
    calendarId: ulidSchema,
    active: z.boolean().meta({ description: 'Whether the calendar has a feed; its address is shown only when issued.' }),
    issuedAt: instantSchema.optional(),
  })
  .meta({ id: 'CalendarFeedState' });
export type CalendarFeedState = z.infer<typeof calendarFeedStateSchema>;

export const issuedCalendarFeedSchema = z
  .object({
    calendarId: ulidSchema,
    url: z.url().meta({ description: 'The secret feed address, shown only now; issuing again replaces it.' }),
    issuedAt: instantSchema,
  })
  .meta({ id: 'IssuedCalendarFeed' });
export type IssuedCalendarFeed = z.infer<typeof issuedCalendarFeedSchema>;

export const calendarFeedSettingsSchema = z
  .strictObject({ showClientNames: z.boolean().meta({ description: "Feeds name each appointment's client (off by default)." }) })
  .meta({ id: 'CalendarFeedSettings' });
export type CalendarFeedSettings = z.infer<typeof calendarFeedSettingsSchema>;
