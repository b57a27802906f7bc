/**
 * Notification settings, templates and the per-appointment log (SPEC N1-N3). The rules behind them
 * live in `../notifications`: effective settings, the planner, delivery decisions and rendering.
 */
import * as z from 'zod';
import { TEMPLATE_VARIABLES, unknownVariables } from '../notifications/templateVariables';
import { instantSchema, pageOf, ulidSchema } from './common';

/** Event notices (N1), named like a member's notification preferences. */
export const NOTICE_TYPES = ['newBooking', 'reschedule', 'cancellation', 'noShow'] as const;
export type NoticeType = (typeof NOTICE_TYPES)[number];

/** Every kind of message: the four notices and reminders (N2). Templates exist per kind. */
export const MESSAGE_KINDS = [...NOTICE_TYPES, 'reminder'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const AUDIENCES = ['client', 'provider'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const MAX_REMINDER_RULES = 5;
export const MAX_NEW_BOOKING_OFFSET_MINUTES = 5;

const audienceSchema = z
  .strictObject({ client: z.boolean().default(false), provider: z.boolean().default(false) })
  .meta({ id: 'NoticeAudience', description: 'Whether this notice goes to the client and to the provider.' });
const OFF = { client: false, provider: false };

const noticesSchema = z
  .strictObject({
    newBooking: audienceSchema.default(OFF),
    reschedule: audienceSchema.default(OFF),
    cancellation: audienceSchema.default(OFF),
    noShow: audienceSchema.default(OFF),
  })
  .meta({ id: 'NoticeSwitches', description: 'Each notice type must be enabled before it is sent (off by default).' });

export const reminderRuleSchema = z
  .strictObject({
    leadMinutes: z
      .number()
      .int()
      .min(15)
      .max(60 * 24 * 90)
      .meta({ description: 'Real minutes before the start (1440 = 24 hours, also across a daylight-saving change).' }),
  })
  .meta({ id: 'ReminderRule' });

export const notificationSettingsSchema = z
  .strictObject({
    notices: noticesSchema.default({ newBooking: OFF, reschedule: OFF, cancellation: OFF, noShow: OFF }),
    notifyByDefault: z.boolean().default(true).meta({ description: 'Whether a booking sends the new-booking notice unless staff turn it off for that appointment.' }),
    newBookingOffsetMinutes: z
      .number()
      .int()
      .min(0)
      .max(MAX_NEW_BOOKING_OFFSET_MINUTES)
      .default(2)
      .meta({ description: 'Delay before a new-booking notice goes out, so quick edits at the desk produce one message.' }),
    reminders: z
      .array(reminderRuleSchema)
      .max(MAX_REMINDER_RULES)
      .default([])
      .meta({ description: `Up to ${MAX_REMINDER_RULES} reminders to the client, each a lead time before the start.` }),
    authorizationAlerts: z
      .boolean()
      .default(true)
      .meta({ description: "Whether staff who handle billing get an email when an arrival takes an authorization's remaining visits to the billing policy's alert threshold." }),
  })
  .superRefine((value, context) => {
    value.reminders.forEach((rule, index) => {
      if (value.reminders.findIndex((other) => other.leadMinutes === rule.leadMinutes) !== index) {
        context.addIssue({ code: 'custom', path: ['reminders', index, 'leadMinutes'], message: 'Listed twice.' });
      }
    });
  })
  .meta({ id: 'NotificationSettings' });

/**
 * What `notificationSettingsSchema.parse({})` returns, written out so that importing core runs no
 * parse (every Lambda imports it on a cold start). test/schemaDefaults.test.ts keeps the two equal.
 */
export const DEFAULT_NOTIFICATION_SETTINGS: z.output<typeof notificationSettingsSchema> = {
  notices: { newBooking: { ...OFF }, reschedule: { ...OFF }, cancellation: { ...OFF }, noShow: { ...OFF } },
  notifyByDefault: true,
  newBookingOffsetMinutes: 2,
  reminders: [],
  authorizationAlerts: true,
};

export const notificationSettingsResultSchema = z
  .object({
    settings: notificationSettingsSchema,
    reminderRevision: z.number().int().meta({ description: 'Bumped whenever the reminder rules change; future appointments are re-planned in the background.' }),
    replan: z
      .object({ revision: z.number().int(), done: z.boolean(), planned: z.number().int() })
      .nullable()
      .meta({ description: 'Progress of re-planning future appointments after the last rule change.' }),
  })
  .meta({ id: 'NotificationSettingsResult' });

/** What one calendar changes of the clinic's settings; absent fields follow the clinic. Reminder rules are the clinic's. */
export const calendarNotificationOverrideSchema = z
  .strictObject({
    notices: z
      .strictObject(Object.fromEntries(NOTICE_TYPES.map((type) => [type, z.strictObject({ client: z.boolean(), provider: z.boolean() }).partial().optional()])) as Record<NoticeType, z.ZodOptional<z.ZodObject<{ client: z.ZodOptional<z.ZodBoolean>; provider: z.ZodOptional<z.ZodBoolean> }>>>)
      .optional(),
    notifyByDefault: z.boolean().optional(),
    newBookingOffsetMinutes: z.number().int().min(0).max(MAX_NEW_BOOKING_OFFSET_MINUTES).optional(),
  })
  .meta({ id: 'CalendarNotificationOverride' });

export const calendarNotificationSettingsSchema = z
  .object({ calendarId: ulidSchema, override: calendarNotificationOverrideSchema, effective: notificationSettingsSchema })
  .meta({ id: 'CalendarNotificationSettings' });

const variableList = TEMPLATE_VARIABLES.map((name) => `{{${name}}}`).join(', ');

const mailTemplateFields = {
  kind: z.enum(MESSAGE_KINDS),
  subject: z.string().trim().min(1).max(200),
  html: z.string().min(1).max(20_000),
  text: z.string().min(1).max(10_000),
};

export const mailTemplateSchema = z
  .strictObject(mailTemplateFields)
  .superRefine((value, context) => {
    for (const part of ['subject', 'html', 'text'] as const) {
      for (const name of unknownVariables(value[part])) context.addIssue({ code: 'custom', path: [part], message: `Unknown variable {{${name}}}.` });
    }
  })
  .meta({ id: 'MailTemplate', description: `Variables: ${variableList}. Nothing clinical is offered to a template.` });

export const mailTemplateListSchema = z
  .object({ items: z.array(z.object({ ...mailTemplateFields, custom: z.boolean().meta({ description: "False: Casefile's default." }) })) })
  .meta({ id: 'MailTemplateList' });

export const NOTIFICATION_OUTCOMES = ['sending', 'sent', 'skipped', 'failed'] as const;
/** `stale`: a failed notice retried after its appointment changed or was canceled; there was nothing left to send. */
export const SKIP_REASONS = ['suppressed', 'no_address', 'opted_out', 'disabled', 'stale'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export const notificationLogEntrySchema = z
  .object({
    appointmentId: ulidSchema,
    key: z.string().meta({ description: 'One per message: kind, reminder lead time and audience.' }),
    kind: z.enum(MESSAGE_KINDS),
    audience: z.enum(AUDIENCES),
    leadMinutes: z.number().int().optional(),
    outcome: z.enum(NOTIFICATION_OUTCOMES),
    reason: z.enum(SKIP_REASONS).optional(),
    describedAppointmentId: ulidSchema.optional().meta({ description: 'A delayed new-booking notice describes where the booking ended up.' }),
    messageId: z.string().optional(),
    failure: z.string().optional().meta({ description: "On a failed message: the mail service's error, e.g. `MessageRejected` or `TimeoutError`." }),
    attempts: z.number().int().optional().meta({ description: 'On a failed message: how many times sending was tried.' }),
    at: instantSchema,
  })
  .meta({ id: 'NotificationLogEntry' });

/** Messages whose last send failed, oldest failure first; each can be retried. */
export const failedNoticeListSchema = pageOf(notificationLogEntrySchema, 'FailedNoticeList');

export const retryFailedNoticeSchema = z
  .strictObject({
    appointmentId: ulidSchema,
    key: z
      .string()
      .regex(/^[A-Za-z]+(?:#\d{1,6})?#[a-z]+$/, 'Must be a message key from the notification log, e.g. reminder#1440#client.')
      .meta({ description: 'The `key` of the failed entry in the notification log.' }),
  })
  .meta({ id: 'RetryFailedNotice' });

export const notificationLogSchema = z.object({ items: z.array(notificationLogEntrySchema) }).meta({ id: 'NotificationLog' });

export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;
export type CalendarNotificationOverride = z.infer<typeof calendarNotificationOverrideSchema>;
export type MailTemplate = z.infer<typeof mailTemplateSchema>;
export type NotificationLogEntry = z.infer<typeof notificationLogEntrySchema>;
export type RetryFailedNotice = z.infer<typeof retryFailedNoticeSchema>;
export type ReminderRule = z.infer<typeof reminderRuleSchema>;
