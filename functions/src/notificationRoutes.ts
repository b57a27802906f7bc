/** The notification routes (SPEC N1-N3), part of the route table. */
import {
  calendarNotificationOverrideSchema,
  calendarNotificationSettingsSchema,
  failedNoticeListSchema,
  idParamsSchema,
  mailTemplateListSchema,
  mailTemplateSchema,
  notificationLogEntrySchema,
  notificationLogSchema,
  notificationSettingsResultSchema,
  notificationSettingsSchema,
  pageQuerySchema,
  retryFailedNoticeSchema,
} from '@casefile/core';
import type { RouteDefinition } from './routes';

export const NOTIFICATION_ROUTES: readonly RouteDefinition[] = [
  { method: 'GET', path: '/api/notification-settings', fn: 'notifications', auth: 'staff', action: 'clinic:read', operationId: 'getNotificationSettings', summary: "The clinic's notices, new-booking default and offset, reminder rules, and re-planning progress.", response: notificationSettingsResultSchema },
  { method: 'PUT', path: '/api/notification-settings', fn: 'notifications', auth: 'staff', action: 'clinic:manage', operationId: 'putNotificationSettings', summary: "Replace the clinic's notification settings; changed reminder rules re-plan every future appointment in the background.", body: notificationSettingsSchema, response: notificationSettingsResultSchema },
  { method: 'GET', path: '/api/calendars/{id}/notification-settings', fn: 'notifications', auth: 'staff', action: 'calendars:read', operationId: 'getCalendarNotificationSettings', summary: "One calendar's override of the clinic's notification settings, and the settings in effect.", params: idParamsSchema, response: calendarNotificationSettingsSchema },
  { method: 'PUT', path: '/api/calendars/{id}/notification-settings', fn: 'notifications', auth: 'staff', action: 'calendars:manage', operationId: 'putCalendarNotificationSettings', summary: "Replace one calendar's override ({} follows the clinic).", params: idParamsSchema, body: calendarNotificationOverrideSchema, response: calendarNotificationSettingsSchema },
  { method: 'GET', path: '/api/notification-templates', fn: 'notifications', auth: 'staff', action: 'clinic:read', operationId: 'listNotificationTemplates', summary: "The clinic's mail template of every kind of message (its own, or the default).", response: mailTemplateListSchema },
  { method: 'PUT', path: '/api/notification-templates', fn: 'notifications', auth: 'staff', action: 'clinic:manage', operationId: 'putNotificationTemplate', summary: 'Replace the template of one kind of message; only the listed variables, nothing clinical.', body: mailTemplateSchema, response: mailTemplateSchema },
  { method: 'GET', path: '/api/appointments/{id}/notifications', fn: 'notifications', auth: 'staff', action: 'appointments:read', operationId: 'getAppointmentNotifications', summary: 'What was sent or skipped (and why) for one appointment, per message.', params: idParamsSchema, response: notificationLogSchema },
  { method: 'GET', path: '/api/notifications/failed', fn: 'notifications', auth: 'staff', action: 'notifications:manage', operationId: 'listFailedNotices', summary: 'Messages whose last send failed (the scheduler retries them for up to 24 h), oldest first.', query: pageQuerySchema, response: failedNoticeListSchema },
  { method: 'POST', path: '/api/notifications/failed/retry', fn: 'notifications', auth: 'staff', action: 'notifications:manage', operationId: 'retryFailedNotice', summary: 'Send one failed message now; one no longer due is closed as skipped (stale).', body: retryFailedNoticeSchema, response: notificationLogEntrySchema },
];
