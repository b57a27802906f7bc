/** The settings documents the notification routes answer with (read models, no decisions). */
import { effectiveSettings } from '@casefile/core';
import type { ClinicNotificationSettings, ClinicRepositories } from '@casefile/db';

/** The clinic's settings with the progress of the re-planning they started. */
export async function clinicSettingsView(repos: ClinicRepositories, saved?: ClinicNotificationSettings) {
  const [current, job] = await Promise.all([saved ?? repos.notifications.clinicSettings(), repos.notifications.replanJob()]);
  return {
    settings: current.settings,
    reminderRevision: current.reminderRevision,
    replan: job ? { revision: job.revision, done: job.done, planned: job.planned } : null,
  };
}

/** A calendar's override and what applies to it after the clinic's settings. */
export async function calendarSettingsView(repos: ClinicRepositories, calendarId: string) {
  const [clinic, override] = await Promise.all([repos.notifications.clinicSettings(), repos.notifications.calendarOverride(calendarId)]);
  return { calendarId, override, effective: effectiveSettings(clinic.settings, override) };
}
