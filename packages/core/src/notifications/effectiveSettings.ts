import { type CalendarNotificationOverride, NOTICE_TYPES, type NoticeType, type NotificationSettings } from '../schemas/notification';

/** The clinic's settings with one calendar's override laid over them (reminder rules stay the clinic's). */
export function effectiveSettings(clinic: NotificationSettings, override: CalendarNotificationOverride | undefined): NotificationSettings {
  if (!override) return clinic;
  const notices = Object.fromEntries(NOTICE_TYPES.map((type) => [type, { ...clinic.notices[type], ...override.notices?.[type] }])) as Record<
    NoticeType,
    { client: boolean; provider: boolean }
  >;
  return {
    ...clinic,
    notices,
    notifyByDefault: override.notifyByDefault ?? clinic.notifyByDefault,
    newBookingOffsetMinutes: override.newBookingOffsetMinutes ?? clinic.newBookingOffsetMinutes,
  };
}

export function isNoticeEnabled(settings: NotificationSettings, type: NoticeType): boolean {
  return settings.notices[type].client || settings.notices[type].provider;
}

/** Whether two rule lists plan the same reminders. */
export function sameReminderRules(a: NotificationSettings['reminders'], b: NotificationSettings['reminders']): boolean {
  return a.length === b.length && a.every((rule, index) => rule.leadMinutes === b[index]!.leadMinutes);
}
