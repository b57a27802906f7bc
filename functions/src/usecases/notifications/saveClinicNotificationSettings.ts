import type { NotificationSettings } from '@casefile/core';
import type { StaffContext } from '../context';
import { clinicSettingsView } from './notificationSettingsView';

/** Save the clinic's notification settings; the re-planning they start walks every calendar's future appointments. */
export async function saveClinicNotificationSettings({ repos }: Pick<StaffContext, 'repos'>, settings: NotificationSettings) {
  // Every calendar of the clinic (a short list in one partition).
  const calendarIds: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await repos.calendars.list({ limit: 100, ...(cursor ? { cursor } : {}) });
    calendarIds.push(...page.items.map((calendar) => calendar.calendarId));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return clinicSettingsView(repos, await repos.notifications.saveClinicSettings(settings, calendarIds));
}
