import type { CalendarNotificationOverride } from '@casefile/core';
import type { StaffContext } from '../context';
import { calendarSettingsView } from './notificationSettingsView';

/** Save a calendar's override of the clinic's notification settings. */
export async function saveCalendarNotificationOverride({ repos }: Pick<StaffContext, 'repos'>, calendarId: string, override: CalendarNotificationOverride) {
  await repos.calendars.get(calendarId);
  await repos.notifications.saveCalendarOverride(calendarId, override);
  return calendarSettingsView(repos, calendarId);
}
