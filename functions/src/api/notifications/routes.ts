/** The notifications routes, as data: CDK, the local gateway and the OpenAPI document read them without loading the handler. */
import {
  failedNoticeListSchema,
  calendarNotificationOverrideSchema,
  calendarNotificationSettingsSchema,
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
import { defineRoutes } from '../../http/route';

export const notificationsRoutes = defineRoutes('notifications', {
  getNotificationSettings: { method: 'GET', path: '/api/notification-settings', auth: 'staff', action: 'clinic:read', summary: "The clinic's notices, new-booking default and offset, reminder rules, and re-planning progress.", response: notificationSettingsResultSchema },
  putNotificationSettings: { method: 'PUT', path: '/api/notification-settings', auth: 'staff', action: 'clinic:manage', summary: "Replace the clinic's notification settings; changed reminder rules re-plan every future appointment in the background.", body: notificationSettingsSchema, response: notificationSettingsResultSchema },
  getCalendarNotificationSettings: { method: 'GET', path: '/api/calendars/{id}/notification-settings', auth: 'staff', action: 'calendars:read', summary: "One calendar's override of the clinic's notification settings, and the settings in effect.", params: idParamsSchema, response: calendarNotificationSettingsSchema },
  putCalendarNotificationSettings: { method: 'PUT', path: '/api/calendars/{id}/notification-settings', auth: 'staff', action: 'calendars:manage', summary: "Replace one calendar's override ({} follows the clinic).", params: idParamsSchema, body: calendarNotificationOverrideSchema, response: calendarNotificationSettingsSchema },
  listNotificationTemplates: { method: 'GET', path: '/api/notification-templates', auth: 'staff', action: 'clinic:read', summary: "The clinic's mail template of every kind of message (its own, or the default).", response: mailTemplateListSchema },
  putNotificationTemplate: { method: 'PUT', path: '/api/notification-templates', auth: 'staff', action: 'clinic:manage', summary: 'Replace the template of one kind of message; only the listed variables, nothing clinical.', body: mailTemplateSchema, response: mailTemplateSchema },
  getAppointmentNotifications: { method: 'GET', path: '/api/appointments/{id}/notifications', auth: 'staff', action: 'appointments:read', summary: 'What was sent or skipped (and why) for one appointment, per message.', params: idParamsSchema, response: notificationLogSchema },
  listFailedNotices: { method: 'GET', path: '/api/notifications/failed', auth: 'staff', action: 'notifications:manage', summary: 'Messages whose last send failed (the scheduler retries them for up to 24 h), oldest first.', query: pageQuerySchema, response: failedNoticeListSchema },
  retryFailedNotice: { method: 'POST', path: '/api/notifications/failed/retry', auth: 'staff', action: 'notifications:manage', summary: 'Send one failed message now; one no longer due is closed as skipped (stale).', body: retryFailedNoticeSchema, response: notificationLogEntrySchema },
});
