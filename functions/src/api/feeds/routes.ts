/** The calendar-feed routes (SPEC P3), as data: CDK, the local gateway and the OpenAPI document read them without loading the handler. */
import { calendarFeedSettingsSchema, calendarFeedStateSchema, feedTokenParamsSchema, idParamsSchema, issuedCalendarFeedSchema } from '@casefile/core';
import { defineRoutes } from '../../http/route';

export const feedsRoutes = defineRoutes('feeds', {
  getCalendarFeed: { method: 'GET', path: '/api/calendars/{id}/feed', auth: 'staff', action: 'feeds:manage', summary: "Whether a provider calendar has a feed, and since when (never its address).", params: idParamsSchema, response: calendarFeedStateSchema },
  issueCalendarFeed: { method: 'POST', path: '/api/calendars/{id}/feed', auth: 'staff', action: 'feeds:manage', summary: "Issue the calendar's secret iCalendar feed address, shown only in this answer; issuing again rotates it (the old address stops working).", params: idParamsSchema, response: issuedCalendarFeedSchema, status: 201 },
  revokeCalendarFeed: { method: 'DELETE', path: '/api/calendars/{id}/feed', auth: 'staff', action: 'feeds:manage', summary: 'Revoke the feed: its address opens nothing from now on.', params: idParamsSchema, status: 204 },
  getCalendarFeedSettings: { method: 'GET', path: '/api/settings/calendar-feeds', auth: 'staff', action: 'clinic:manage', summary: 'Whether calendar feeds name clients.', response: calendarFeedSettingsSchema },
  putCalendarFeedSettings: { method: 'PUT', path: '/api/settings/calendar-feeds', auth: 'staff', action: 'clinic:manage', summary: 'Turn client names in calendar feeds on or off (off by default).', body: calendarFeedSettingsSchema, response: calendarFeedSettingsSchema },
  readCalendarFeed: { method: 'GET', path: '/api/feeds/{token}', auth: 'public', summary: 'The iCalendar (RFC 5545, text/calendar) feed a secret feed address opens; calendar apps subscribe to it.', params: feedTokenParamsSchema },
});
