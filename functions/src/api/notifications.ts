import { type CalendarNotificationOverride, DEFAULT_TEMPLATES, effectiveSettings, type MailTemplate, MESSAGE_KINDS, type NotificationSettings } from '@casefile/core';
import type { ClinicNotificationSettings, ClinicRepositories } from '@casefile/db';
import { createApiHandler, type OperationInput } from '../http/createApiHandler';
import { listFailedNotices, retryFailedNotice } from '../notifications/failedNotices';
import { visibleCalendar } from './calendars/calendarOperations';

type Id = { id: string };

async function settingsResult(repos: ClinicRepositories, saved?: ClinicNotificationSettings) {
  const [current, job] = await Promise.all([saved ?? repos.notifications.clinicSettings(), repos.notifications.replanJob()]);
  return {
    settings: current.settings,
    reminderRevision: current.reminderRevision,
    replan: job ? { revision: job.revision, done: job.done, planned: job.planned } : null,
  };
}

async function calendarSettings(repos: ClinicRepositories, calendarId: string) {
  const [clinic, override] = await Promise.all([repos.notifications.clinicSettings(), repos.notifications.calendarOverride(calendarId)]);
  return { calendarId, override, effective: effectiveSettings(clinic.settings, override) };
}

/** Notification settings per clinic and calendar, mail templates, and each appointment's notification log. */
export const handler = createApiHandler('notifications', {
  getNotificationSettings: async ({ repos }: OperationInput) => settingsResult(repos),

  putNotificationSettings: async ({ repos, body }: OperationInput<unknown, unknown, NotificationSettings>) => {
    // Every calendar of the clinic (a short list in one partition): re-planning walks their future appointments.
    const calendarIds: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await repos.calendars.list({ limit: 100, ...(cursor ? { cursor } : {}) });
      calendarIds.push(...page.items.map((calendar) => calendar.calendarId));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return settingsResult(repos, await repos.notifications.saveClinicSettings(body, calendarIds));
  },

  getCalendarNotificationSettings: async ({ repos, caller, params }: OperationInput<Id>) => {
    await visibleCalendar(repos, caller, params.id);
    return calendarSettings(repos, params.id);
  },

  putCalendarNotificationSettings: async ({ repos, params, body }: OperationInput<Id, unknown, CalendarNotificationOverride>) => {
    await repos.calendars.get(params.id);
    await repos.notifications.saveCalendarOverride(params.id, body);
    return calendarSettings(repos, params.id);
  },

  listNotificationTemplates: async ({ repos }: OperationInput) => {
    const custom = new Map((await repos.notifications.templates()).map((template) => [template.kind, template]));
    return { items: MESSAGE_KINDS.map((kind) => ({ ...(custom.get(kind) ?? DEFAULT_TEMPLATES[kind]), custom: custom.has(kind) })) };
  },

  putNotificationTemplate: async ({ repos, body }: OperationInput<unknown, unknown, MailTemplate>) => {
    await repos.notifications.saveTemplate(body);
    return body;
  },

  getAppointmentNotifications: async ({ repos, params }: OperationInput<Id>) => {
    await repos.appointments.get(params.id);
    return { items: await repos.notifications.log(params.id) };
  },

  listFailedNotices,
  retryFailedNotice,
});
