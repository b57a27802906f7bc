/**
 * Notification settings for the demo clinics under `npm start` (not in tests' worlds, which decide
 * their own): every notice to clients and providers, a two-minute new-booking offset, and reminders
 * 24 hours and 2 hours before. Mail then shows in the local mail viewer as the scheduler loop fires.
 */
import { createClinicRepositories, createDocumentClient, createService } from '@casefile/db';
import { notificationSettingsSchema } from '@casefile/core';
import { ulid } from 'ulidx';
import { DEMO_CLINICS } from './demoData';

const BOTH = { client: true, provider: true };

export const DEMO_NOTIFICATION_SETTINGS = notificationSettingsSchema.parse({
  notices: { newBooking: BOTH, reschedule: BOTH, cancellation: BOTH, noShow: { client: true, provider: false } },
  notifyByDefault: true,
  newBookingOffsetMinutes: 2,
  reminders: [{ leadMinutes: 24 * 60 }, { leadMinutes: 120 }],
});

export async function seedDemoNotifications(options: { tableName: string; endpoint: string }): Promise<void> {
  const service = createService(createDocumentClient(options.endpoint), options.tableName);
  for (const clinic of DEMO_CLINICS) {
    const repos = createClinicRepositories({ service, clinicId: clinic.clinicId, actor: 'system:seed', now: () => new Date(), newId: () => ulid() });
    if ((await repos.notifications.clinicSettings()).version > 0) continue;
    const calendars = await repos.calendars.list({ limit: 100 });
    await repos.notifications.saveClinicSettings(DEMO_NOTIFICATION_SETTINGS, calendars.items.map((calendar) => calendar.calendarId));
  }
}
