/**
 * Notification settings, templates, the per-appointment notification log, suppressed addresses and
 * the reminder re-planning job of one clinic (SPEC N1-N3).
 */
import {
  type CalendarNotificationOverride,
  DEFAULT_NOTIFICATION_SETTINGS,
  effectiveSettings,
  type MailTemplate,
  type MessageKind,
  type NotificationLogEntry,
  type NotificationSettings,
  normalizeEmail,
  sameReminderRules,
} from '@casefile/core';
import { type Page, type PageRequest, type RepositoryContext, stampNew } from './context';
import { concurrentChange, isConditionFailure, isTransactionConflict } from './errors';
import { queryPage } from './paging';

/** A stored record as the log shows it: without the tenant key and the retry payload. */
function toLogEntry({ clinicId: _clinic, payload: _payload, ...entry }: { clinicId: string; payload?: unknown } & Record<string, unknown>): NotificationLogEntry {
  return entry as NotificationLogEntry;
}

export interface ClinicNotificationSettings {
  settings: NotificationSettings;
  reminderRevision: number;
  reminderSlots: number;
  /** 0 while the clinic has never saved settings. */
  version: number;
}

export interface ReplanJob {
  clinicId: string;
  revision: number;
  from: string;
  calendarIds: string[];
  calendarIndex: number;
  cursor?: string | null;
  planned: number;
  batches: number;
  done: boolean;
  updatedAt: string;
}

export interface FutureAppointmentPage {
  appointmentIds: string[];
  cursor: string | null;
}

const CLINIC_SCOPE = 'clinic';

/** A conditional create: true when it wrote, false when the item was there already. */
async function createdOnce(create: Promise<unknown>): Promise<boolean> {
  try {
    await create;
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

export interface StaffAlertEntry {
  caseId: string;
  key: string;
  kind: string;
  recipientId: string;
  outcome: 'sending' | 'sent';
  messageId?: string;
  at: string;
}

export function createNotificationRepository(ctx: RepositoryContext) {
  const { notificationSettings, mailTemplate, notificationRecord, mailSuppression, replanJob, occupancy, staffAlertRecord } = ctx.service.entities;
  const clinicId = ctx.clinicId;

  async function clinicSettings(): Promise<ClinicNotificationSettings> {
    const result = await notificationSettings.get({ clinicId, scope: CLINIC_SCOPE }).go({ consistent: true });
    const item = result.data;
    if (!item) return { settings: DEFAULT_NOTIFICATION_SETTINGS, reminderRevision: 0, reminderSlots: 0, version: 0 };
    return {
      settings: { ...DEFAULT_NOTIFICATION_SETTINGS, ...(item.settings as NotificationSettings) },
      reminderRevision: item.reminderRevision ?? 0,
      reminderSlots: item.reminderSlots ?? 0,
      version: item.version,
    };
  }

  async function calendarOverride(calendarId: string): Promise<CalendarNotificationOverride> {
    const result = await notificationSettings.get({ clinicId, scope: calendarId }).go({ consistent: true });
    return (result.data?.override as CalendarNotificationOverride | undefined) ?? {};
  }

  return {
    clinicSettings,
    calendarOverride,

    /** The settings that apply to appointments on `calendarId`, with the clinic's reminder bookkeeping. */
    async effectiveFor(calendarId: string): Promise<ClinicNotificationSettings> {
      const [clinic, override] = await Promise.all([clinicSettings(), calendarOverride(calendarId)]);
      return { ...clinic, settings: effectiveSettings(clinic.settings, override) };
    },

    /**
     * Saves the clinic's settings. When the reminder rules change, the revision is bumped and a
     * re-planning job over these calendars starts in the same transaction, replacing any older one;
     * otherwise an unfinished job is moved on (same cursor), which runs its next batch again.
     */
    async saveClinicSettings(next: NotificationSettings, calendarIds: readonly string[]): Promise<ClinicNotificationSettings> {
      const [current, running] = await Promise.all([clinicSettings(), replanJob.get({ clinicId }).go({ consistent: true })]);
      const rulesChanged = !sameReminderRules(current.settings.reminders, next.reminders);
      const saved: ClinicNotificationSettings = {
        settings: next,
        reminderRevision: current.reminderRevision + (rulesChanged ? 1 : 0),
        reminderSlots: Math.max(current.reminderSlots, next.reminders.length),
        version: current.version + 1,
      };
      const now = ctx.now().toISOString();
      const stamp = stampNew(ctx);
      const item = { clinicId, scope: CLINIC_SCOPE, settings: next, reminderRevision: saved.reminderRevision, reminderSlots: saved.reminderSlots, ...stamp, version: saved.version };
      const job: ReplanJob = { clinicId, revision: saved.reminderRevision, from: now, calendarIds: [...calendarIds], calendarIndex: 0, planned: 0, batches: 0, done: calendarIds.length === 0, updatedAt: now };
      try {
        const result = await ctx.service.transaction
          .write(({ notificationSettings: settings, replanJob: jobs }) => [
            current.version === 0
              ? settings.create(item).commit()
              : settings.put(item).where(({ version }, { eq }) => eq(version, current.version)).commit(),
            ...(rulesChanged ? [jobs.put(job).commit()] : []),
            // A job that stalled (its stream record given up on) resumes from its cursor with the next save.
            ...(!rulesChanged && running.data && !running.data.done ? [jobs.put({ ...(running.data as ReplanJob), batches: running.data.batches + 1, updatedAt: now }).commit()] : []),
          ])
          .go();
        if (result.canceled) throw concurrentChange('notification settings');
      } catch (error) {
        if (isConditionFailure(error) || isTransactionConflict(error)) throw concurrentChange('notification settings', error);
        throw error;
      }
      return saved;
    },

    async saveCalendarOverride(calendarId: string, override: CalendarNotificationOverride): Promise<void> {
      await notificationSettings.put({ clinicId, scope: calendarId, override, ...stampNew(ctx) }).go();
    },

    async templates(): Promise<MailTemplate[]> {
      const result = await mailTemplate.query.primary({ clinicId }).go({ pages: 'all' });
      return result.data.map(({ kind, subject, html, text }) => ({ kind: kind as MessageKind, subject, html, text }));
    },

    async template(kind: MessageKind): Promise<MailTemplate | undefined> {
      const result = await mailTemplate.get({ clinicId, kind }).go();
      if (!result.data) return undefined;
      const { subject, html, text } = result.data;
      return { kind, subject, html, text };
    },

    async saveTemplate(template: MailTemplate): Promise<void> {
      await mailTemplate.put({ clinicId, ...template, ...stampNew(ctx) }).go();
    },

    /** An appointment's notification log, by key. */
    async log(appointmentId: string): Promise<NotificationLogEntry[]> {
      const result = await notificationRecord.query.primary({ clinicId, appointmentId }).go({ pages: 'all' });
      return result.data.map(toLogEntry);
    },

    /** The clinic's failed messages, oldest first, a page at a time. */
    failed: (page: PageRequest): Promise<Page<NotificationLogEntry>> =>
      queryPage(notificationRecord.query.byOutcome({ clinicId, outcome: 'failed' }), page, toLogEntry),

    /** One message's record with the payload a failed one is retried with. */
    async record(appointmentId: string, key: string): Promise<{ entry: NotificationLogEntry; payload: unknown } | undefined> {
      const result = await notificationRecord.get({ clinicId, appointmentId, key }).go({ consistent: true });
      return result.data ? { entry: toLogEntry(result.data), payload: result.data.payload } : undefined;
    },

    /**
     * Claims one message before it is sent; false when it was claimed (or sent, or skipped) before.
     * A message that failed is claimed again, so a retry sends it.
     */
    async claim(entry: NotificationLogEntry): Promise<boolean> {
      if (await createdOnce(notificationRecord.create({ clinicId, ...entry }).go())) return true;
      return createdOnce(
        notificationRecord
          .patch({ clinicId, appointmentId: entry.appointmentId, key: entry.key })
          .set({ outcome: entry.outcome, at: entry.at })
          .where((attributes, operations) => operations.eq(attributes.outcome, 'failed'))
          .go(),
      );
    },

    async finish(appointmentId: string, key: string, fields: Pick<NotificationLogEntry, 'outcome' | 'at'> & Partial<Pick<NotificationLogEntry, 'messageId' | 'reason'>>): Promise<void> {
      await notificationRecord.patch({ clinicId, appointmentId, key }).set(fields).go();
    },

    /** Gives a claim back after a failed send, so a retry may send. */
    async release(appointmentId: string, key: string): Promise<void> {
      await notificationRecord.delete({ clinicId, appointmentId, key }).go();
    },

    /** Keeps a failed send where staff see it (and the next retry claims it again), with what it takes to retry. */
    async markFailed(appointmentId: string, key: string, failure: { error: string; at: string; payload: unknown }): Promise<void> {
      await notificationRecord
        .patch({ clinicId, appointmentId, key })
        .set({ outcome: 'failed', failure: failure.error, at: failure.at, payload: failure.payload })
        .add({ attempts: 1 })
        .go();
    },

    async isSuppressed(address: string): Promise<boolean> {
      const result = await mailSuppression.get({ clinicId, address: normalizeEmail(address) }).go();
      return Boolean(result.data);
    },

    /** Records a bounce or complaint once; false when the address was suppressed already. */
    async suppress(address: string, reason: 'bounce' | 'complaint', feedbackId: string | undefined): Promise<boolean> {
      return createdOnce(mailSuppression.create({ clinicId, address: normalizeEmail(address), reason, at: ctx.now().toISOString(), ...(feedbackId ? { feedbackId } : {}) }).go());
    },

    /** Claims one staff alert mail before it is sent; false when it was claimed (or sent) before. */
    async claimStaffAlert(entry: StaffAlertEntry): Promise<boolean> {
      return createdOnce(staffAlertRecord.create({ clinicId, ...entry }).go());
    },

    async finishStaffAlert(caseId: string, key: string, messageId: string): Promise<void> {
      await staffAlertRecord.patch({ clinicId, caseId, key }).set({ outcome: 'sent', messageId, at: ctx.now().toISOString() }).go();
    },

    /** Gives a staff alert claim back after a failed send, so the stream's retry may send. */
    async releaseStaffAlert(caseId: string, key: string): Promise<void> {
      await staffAlertRecord.delete({ clinicId, caseId, key }).go();
    },

    /** A case's staff alert log. */
    async staffAlerts(caseId: string): Promise<StaffAlertEntry[]> {
      const result = await staffAlertRecord.query.primary({ clinicId, caseId }).go({ pages: 'all' });
      return result.data.map(({ clinicId: _clinic, ...entry }) => entry as StaffAlertEntry);
    },

    async replanJob(): Promise<ReplanJob | undefined> {
      const result = await replanJob.get({ clinicId }).go({ consistent: true });
      return (result.data as ReplanJob | null) ?? undefined;
    },

    /** Moves the job on from the state it was read in; false when another run moved it first (or a newer revision replaced it). */
    async advanceReplan(read: ReplanJob, next: ReplanJob): Promise<boolean> {
      try {
        await replanJob
          .put(next)
          .where(({ revision, batches }, { eq }) => `${eq(revision, read.revision)} AND ${eq(batches, read.batches)}`)
          .go();
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    /** A page of the appointments placed on a calendar from `from` on, by start (one Query on its occupancy). */
    async futureOnCalendar(calendarId: string, from: string, cursor: string | null | undefined, limit: number): Promise<FutureAppointmentPage> {
      const result = await occupancy.query.primary({ clinicId, calendarId }).gte({ start: from }).go({ cursor: cursor ?? null, limit });
      const reminded = result.data.filter((item) => item.status === 'booked' || item.status === 'confirmed');
      return { appointmentIds: reminded.map((item) => item.appointmentId), cursor: result.cursor ?? null };
    },
  };
}

export type NotificationRepository = ReturnType<typeof createNotificationRepository>;
