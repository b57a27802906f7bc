import { type NotificationPlan, planNotifications, type PlannedAppointment } from '@casefile/core';
import type { ClinicRepositories, StoredAppointment } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { deliver } from './deliver';
import { SEND_NOTIFICATION_TARGET, scheduling } from '../../ports/scheduling';
import { MAX_CHAIN_HOPS, orUndefined } from './notificationRepos';

/** The first appointment of the reschedule chain `appointment` ends. */
async function rootOf(repos: ClinicRepositories, appointment: PlannedAppointment): Promise<PlannedAppointment> {
  let root = appointment;
  for (let hops = 0; root.rescheduledFromId && hops < MAX_CHAIN_HOPS; hops++) {
    const previous = await orUndefined(repos.appointments.get(root.rescheduledFromId));
    if (!previous) break;
    root = previous;
  }
  return root;
}

async function zoneOf(repos: ClinicRepositories, calendarId: string): Promise<string> {
  const calendar = await orUndefined(repos.calendars.get(calendarId));
  const location = calendar ? await orUndefined(repos.locations.get(calendar.locationId)) : undefined;
  return location?.timeZone ?? (await repos.clinic.get()).defaultTimeZone;
}

/** Plans one appointment change with the settings of its calendar, now, and applies the plan. */
export async function planAndApply(rt: Runtime, repos: ClinicRepositories, before: StoredAppointment | undefined, after: StoredAppointment | undefined): Promise<NotificationPlan> {
  const subject = (after ?? before)!;
  const [effective, timeZone, root] = await Promise.all([
    repos.notifications.effectiveFor(subject.calendarId),
    zoneOf(repos, subject.calendarId),
    after?.rescheduledFromId ? rootOf(repos, after) : Promise.resolve(after),
  ]);
  const plan = planNotifications({
    before,
    after,
    root,
    settings: effective.settings,
    reminderSlots: effective.reminderSlots,
    timeZone,
    now: rt.clock.now().toISOString(),
  });
  await applyPlan(rt, plan);
  return plan;
}

/** Removes, then upserts (both idempotent), then delivers what is due now (claimed conditionally). */
export async function applyPlan(rt: Runtime, plan: NotificationPlan): Promise<void> {
  const { scheduler, scheduleGroup } = scheduling();
  await Promise.all(plan.remove.map((name) => scheduler.deleteSchedule(name, scheduleGroup)));
  await Promise.all(
    plan.upsert.map((schedule) =>
      scheduler.upsertOneTimeSchedule({ name: schedule.name, group: scheduleGroup, at: schedule.at, timeZone: schedule.timeZone, target: SEND_NOTIFICATION_TARGET, payload: schedule.payload }),
    ),
  );
  for (const payload of plan.sendNow) await deliver(rt, payload);
}
