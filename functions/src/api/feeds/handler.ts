import { createApiHandler } from '../../http/createApiHandler';
import { BinaryBody } from '../../http/binaryBody';
import { getCalendarFeed, issueCalendarFeed, revokeCalendarFeed } from '../../usecases/feeds/manageCalendarFeed';
import { readCalendarFeed } from '../../usecases/feeds/readCalendarFeed';
import { feedsRoutes } from './routes';

/** Provider calendar feeds (SPEC P3): issue, rotate and revoke the secret address, and serve the feed. */
export const handler = createApiHandler(feedsRoutes, {
  getCalendarFeed: (input) => getCalendarFeed(input, input.params.id),
  issueCalendarFeed: (input) => issueCalendarFeed(input, input.params.id),
  revokeCalendarFeed: (input) => revokeCalendarFeed(input, input.params.id),
  getCalendarFeedSettings: ({ repos }) => repos.calendarFeeds.getSettings(),
  putCalendarFeedSettings: async ({ repos, body }) => {
    await repos.calendarFeeds.putSettings(body);
    return body;
  },
  readCalendarFeed: async ({ runtime, params }) => new BinaryBody('text/calendar; charset=utf-8', new TextEncoder().encode(await readCalendarFeed(runtime, params.token)), 'calendar.ics'),
});
