/**
 * The notification planner (SPEC N1, N2): from an appointment before and after a change, the
 * settings and the time, the schedules that must exist, those that must not, and the notices due now.
 * Pure and deterministic: the stream consumer applies the plan, and applying it twice changes nothing.
 */
import { Temporal } from 'temporal-polyfill';
import type { Audience, NotificationSettings } from '../schemas/notification';
import type { DeliveryPayload } from './deliveryPayload';
import { isNoticeEnabled } from './effectiveSettings';
import { newBookingScheduleName, reminderScheduleName } from './scheduleNames';

/** The fields of an appointment planning reads. */
export interface PlannedAppointment {
  clinicId: string;
  appointmentId: string;
  start: string;
  status: string;
  version: number;
  createdAt: string;
  notify?: boolean | undefined;
  rescheduledFromId?: string | undefined;
  seriesId?: string | undefined;
  /** 'online' when the client booked it themselves (their confirmation went out at once). */
  mode?: string | undefined;
}

export interface PlanInput {
  /** Absent for a new appointment. */
  before?: PlannedAppointment | undefined;
  /** Absent when the appointment was deleted. */
  after?: PlannedAppointment | undefined;
  /** The first appointment of the reschedule chain `after` belongs to; `after` itself when it was never moved. */
  root?: PlannedAppointment | undefined;
  /** Effective for the appointment's calendar. */
  settings: NotificationSettings;
  /** How many reminder slots may hold a schedule: the most rules the clinic ever had. */
  reminderSlots: number;
  /** The location's zone, in which schedules are expressed. */
  timeZone: string;
  now: string;
}

export interface PlannedSchedule {
  name: string;
  /** The instant it fires. */
  at: string;
  timeZone: string;
  payload: DeliveryPayload;
}

export interface NotificationPlan {
  upsert: PlannedSchedule[];
  remove: string[];
  sendNow: DeliveryPayload[];
}

/** A reminder whose time passed this recently (a lagging consumer, a race with an edit) still goes out, at once. */
export const REMINDER_GRACE_MINUTES = 10;

const REMINDED_STATUSES = ['booked', 'confirmed'];

export function isRemindedStatus(status: string): boolean {
  return REMINDED_STATUSES.includes(status);
}

const instant = (value: string) => Temporal.Instant.from(value);
const later = (a: string, b: string) => Temporal.Instant.compare(instant(a), instant(b)) > 0;

/** Whether a booking announces itself with a new-booking notice (a move announces a reschedule, a repeat's extra dates nothing). */
export function announcesNewBooking(appointment: PlannedAppointment, settings: NotificationSettings): boolean {
  if (appointment.rescheduledFromId || appointment.seriesId) return false;
  return isNoticeEnabled(settings, 'newBooking') && (appointment.notify ?? settings.notifyByDefault);
}

/** When the new-booking notice of `root` goes out. */
export function newBookingDueAt(root: PlannedAppointment, settings: NotificationSettings): string {
  return instant(root.createdAt).add({ minutes: settings.newBookingOffsetMinutes }).toString();
}

/** The root's new-booking notice is still waiting: it will describe wherever the booking ends up, so edits meanwhile send nothing of their own. */
export function isAnnouncementPending(root: PlannedAppointment | undefined, settings: NotificationSettings, now: string): boolean {
  return Boolean(root && settings.newBookingOffsetMinutes > 0 && announcesNewBooking(root, settings) && later(newBookingDueAt(root, settings), now));
}

/**
 * Whether the client already holds a description of the booking: an online booking mails its
 * confirmation at once (the page promises it), so only the provider's notice waits for the offset.
 * The client must then hear of every later change, or their last mail would describe a stale state.
 */
export function isClientToldAtBooking(root: PlannedAppointment | undefined): boolean {
  return root?.mode === 'online';
}

/**
 * Who a change made now must be told of directly: nobody while the whole announcement is still
 * waiting (it will describe the final state), the client alone when only the provider's part waits,
 * everyone otherwise. Undefined means everyone the settings name.
 */
function audiencesForChange(root: PlannedAppointment | undefined, settings: NotificationSettings, now: string): readonly Audience[] | undefined | 'none' {
  if (!isAnnouncementPending(root, settings, now)) return undefined;
  return isClientToldAtBooking(root) ? CLIENT_ONLY : 'none';
}

const CLIENT_ONLY: readonly Audience[] = ['client'];

export function planNotifications(input: PlanInput): NotificationPlan {
  const { before, after, settings, now } = input;
  const plan: NotificationPlan = { upsert: [], remove: [], sendNow: [] };
  const subject = after ?? before;
  if (!subject) return plan;
  const { clinicId, appointmentId } = subject;

  planReminders(input, plan);

  if (!before && after) {
    if (after.rescheduledFromId) {
      const audiences = audiencesForChange(input.root, settings, now);
      if (audiences !== 'none' && isNoticeEnabled(settings, 'reschedule')) {
        plan.sendNow.push({ kind: 'reschedule', clinicId, appointmentId, version: after.version, ...only(audiences) });
      }
    } else if (announcesNewBooking(after, settings)) {
      const dueAt = newBookingDueAt(after, settings);
      const payload: DeliveryPayload = { kind: 'newBooking', clinicId, appointmentId };
      if (later(dueAt, now)) plan.upsert.push({ name: newBookingScheduleName(clinicId, appointmentId), at: dueAt, timeZone: input.timeZone, payload });
      else plan.sendNow.push(payload);
    }
  }

  // A start changed in place (rather than by a move, which books a new appointment) is announced as a reschedule too.
  if (before && after && before.start !== after.start && isRemindedStatus(after.status) && isNoticeEnabled(settings, 'reschedule')) {
    const audiences = audiencesForChange(input.root ?? after, settings, now);
    if (audiences !== 'none') plan.sendNow.push({ kind: 'reschedule', clinicId, appointmentId, version: after.version, previousStart: before.start, ...only(audiences) });
  }

  if (before && after && before.status !== after.status) {
    const root = input.root ?? after;
    if (after.status === 'canceled') {
      const audiences = audiencesForChange(root, settings, now);
      // Canceled before the announcement went out: the provider never hears of it, and the schedule goes.
      if (audiences !== undefined && !after.rescheduledFromId) plan.remove.push(newBookingScheduleName(clinicId, appointmentId));
      if (audiences !== 'none' && isNoticeEnabled(settings, 'cancellation')) {
        plan.sendNow.push({ kind: 'cancellation', clinicId, appointmentId, version: after.version, ...only(audiences) });
      }
    }
    if (after.status === 'no_show' && isNoticeEnabled(settings, 'noShow')) {
      plan.sendNow.push({ kind: 'noShow', clinicId, appointmentId, version: after.version });
    }
  }
  return plan;
}

function only(audiences: readonly Audience[] | undefined): { audiences?: Audience[] } {
  return audiences ? { audiences: [...audiences] } : {};
}

/** One schedule per rule for a booked or confirmed appointment whose reminder time is ahead; every other slot removed. */
function planReminders(input: PlanInput, plan: NotificationPlan): void {
  const { before, after, settings, now } = input;
  const subject = (after ?? before)!;
  const planned = new Set<number>();
  if (after && isRemindedStatus(after.status) && later(after.start, now)) {
    const graceStart = instant(now).subtract({ minutes: REMINDER_GRACE_MINUTES });
    settings.reminders.forEach((rule, slot) => {
      const fireAt = instant(after.start).subtract({ minutes: rule.leadMinutes });
      if (Temporal.Instant.compare(fireAt, graceStart) <= 0) return;
      const payload: DeliveryPayload = { kind: 'reminder', clinicId: subject.clinicId, appointmentId: subject.appointmentId, slot, leadMinutes: rule.leadMinutes, start: after.start, version: after.version };
      // Just late: sent now (the send record keeps it to once) rather than scheduled in the past.
      if (Temporal.Instant.compare(fireAt, instant(now)) <= 0) {
        plan.sendNow.push(payload);
        return;
      }
      planned.add(slot);
      plan.upsert.push({ name: reminderScheduleName(subject.clinicId, subject.appointmentId, slot), at: fireAt.toString(), timeZone: input.timeZone, payload });
    });
  }
  // A new appointment has no schedules yet; an appointment that never had reminders has none to remove.
  const mayHaveSchedules = Boolean(before) && (isRemindedStatus(before!.status) || before === after);
  if (!mayHaveSchedules) return;
  for (let slot = 0; slot < Math.max(input.reminderSlots, settings.reminders.length); slot++) {
    if (!planned.has(slot)) plan.remove.push(reminderScheduleName(subject.clinicId, subject.appointmentId, slot));
  }
}
