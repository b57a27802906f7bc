import { createApiHandler } from '../../http/createApiHandler';
import { visibleCalendar } from '../../usecases/calendars/calendarChecks';
import { listFailedNotices, retryFailedNotice } from '../../usecases/notifications/failedNotices';
import { listMailTemplates } from '../../usecases/notifications/listMailTemplates';
import { calendarSettingsView, clinicSettingsView } from '../../usecases/notifications/notificationSettingsView';
import { saveCalendarNotificationOverride } from '../../usecases/notifications/saveCalendarNotificationOverride';
import { saveClinicNotificationSettings } from '../../usecases/notifications/saveClinicNotificationSettings';
import { notificationsRoutes } from './routes';

/** Notification settings per clinic and calendar, mail templates, and each appointment's notification log. */
export const handler = createApiHandler(notificationsRoutes, {
  getNotificationSettings: ({ repos }) => clinicSettingsView(repos),
  putNotificationSettings: (input) => saveClinicNotificationSettings(input, input.body),

  getCalendarNotificationSettings: async ({ repos, caller, params }) => {
    await visibleCalendar(repos, caller, params.id);
    return calendarSettingsView(repos, params.id);
  },
  putCalendarNotificationSettings: (input) => saveCalendarNotificationOverride(input, input.params.id, input.body),

  listNotificationTemplates: (input) => listMailTemplates(input),
  putNotificationTemplate: async ({ repos, body }) => {
    await repos.notifications.saveTemplate(body);
    return body;
  },

  getAppointmentNotifications: async ({ repos, params }) => {
    await repos.appointments.get(params.id);
    return { items: await repos.notifications.log(params.id) };
  },

  listFailedNotices: ({ repos, query }) => listFailedNotices(repos, query),
  retryFailedNotice: (input) => retryFailedNotice(input, input.body),
});
