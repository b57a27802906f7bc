/** Recalls (SPEC issue 18 item 2): rules that put a case back on the front desk's list when nothing is booked. */
import * as z from 'zod';
import { CASE_TYPES } from '../schemas/caseFile';
import { instantSchema, ulidSchema } from '../schemas/common';

export const RECALL_STATUSES = ['upcoming', 'due', 'sent', 'satisfied'] as const;
export type RecallStatus = (typeof RECALL_STATUSES)[number];
/** Statuses a later booking still satisfies (an upcoming, due or sent recall is open). */
export const OPEN_RECALL_STATUSES: readonly RecallStatus[] = ['upcoming', 'due', 'sent'];

export const RECALL_INTERVAL_UNITS = ['days', 'weeks', 'months', 'years'] as const;
export type RecallIntervalUnit = (typeof RECALL_INTERVAL_UNITS)[number];

/** What the interval counts from: the case's last attended visit, or its intake date (a yearly reassessment). */
export const RECALL_ANCHORS = ['last_visit', 'case_start'] as const;
export type RecallAnchor = (typeof RECALL_ANCHORS)[number];

export const recallRuleSchema = z
  .strictObject({
    ruleId: z.string().trim().regex(/^[a-z0-9-]{1,40}$/, 'Use 1-40 lowercase letters, digits or dashes.'),
    name: z.string().trim().min(1).max(100),
    enabled: z.boolean().default(true),
    sessionId: ulidSchema.optional().meta({ description: "Only cases whose last visit was this session type; with caseType, both must match; with neither, every case." }),
    caseType: z.enum(CASE_TYPES).optional(),
    interval: z.strictObject({ count: z.number().int().min(1).max(120), unit: z.enum(RECALL_INTERVAL_UNITS) }),
    anchor: z.enum(RECALL_ANCHORS).default('last_visit'),
    channels: z.strictObject({ email: z.boolean(), sms: z.boolean() }).default({ email: true, sms: true }),
    noResponseDays: z.number().int().min(1).max(90).default(14).meta({ description: 'Days after the message with nothing booked before a task asks the front desk to call.' }),
  })
  .meta({ id: 'RecallRule' });
export type RecallRule = z.output<typeof recallRuleSchema>;

export const recallRulesSchema = z
  .strictObject({
    rules: z
      .array(recallRuleSchema)
      .max(20)
      .refine((rules) => new Set(rules.map((rule) => rule.ruleId)).size === rules.length, 'Each rule needs its own ruleId.'),
  })
  .meta({ id: 'RecallRules' });
export type RecallRules = z.output<typeof recallRulesSchema>;

export const recallReplanSchema = z
  .object({
    status: z.enum(['running', 'done']),
    casesPlanned: z.number().int().meta({ description: 'Cases re-planned so far.' }),
    updatedAt: instantSchema.meta({ description: 'When the last batch (or the save) was written.' }),
  })
  .meta({ id: 'RecallReplan', description: 'The background re-plan of every case after the rules were last saved.' });
export type RecallReplan = z.output<typeof recallReplanSchema>;

/** The rules as the API answers them: with the progress of the re-plan their last save started (null before any save). */
export const recallRulesViewSchema = z.object({ rules: z.array(recallRuleSchema), replan: recallReplanSchema.nullable() }).meta({ id: 'RecallRulesView' });
export type RecallRulesView = z.output<typeof recallRulesViewSchema>;

export const recallSchema = z
  .object({
    recallId: ulidSchema,
    ruleId: z.string(),
    ruleName: z.string(),
    clientId: ulidSchema,
    caseId: ulidSchema,
    anchorAt: instantSchema.meta({ description: 'The visit or intake the interval counts from.' }),
    dueAt: instantSchema,
    status: z.enum(RECALL_STATUSES),
    dismissed: z.boolean(),
    sentAt: instantSchema.optional(),
    sentBy: z.array(z.enum(['email', 'sms'])).optional(),
    taskRaisedAt: instantSchema.optional(),
    satisfiedAt: instantSchema.optional(),
    createdAt: instantSchema,
    updatedAt: instantSchema,
  })
  .meta({ id: 'Recall' });
export type Recall = z.infer<typeof recallSchema>;

export const recallQuerySchema = z.strictObject({
  status: z.enum(RECALL_STATUSES).optional().meta({ description: 'Only recalls of this status; without it, every status.' }),
  dismissed: z.enum(['true', 'false', 'all']).default('false'),
});
export type RecallQuery = z.output<typeof recallQuerySchema>;

export const recallListSchema = z.object({ items: z.array(recallSchema) }).meta({ id: 'RecallList' });
