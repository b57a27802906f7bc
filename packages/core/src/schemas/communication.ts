import * as z from 'zod';
import { instantSchema, ulidSchema } from './common';
import { AUDIENCES, MESSAGE_KINDS, NOTIFICATION_OUTCOMES, SKIP_REASONS } from './notification';

export const COMMUNICATION_CHANNELS = ['phone', 'email', 'sms', 'letter', 'in_person', 'other'] as const;
export const COMMUNICATION_DIRECTIONS = ['inbound', 'outbound'] as const;

export const recordCommunicationSchema = z
  .strictObject({
    channel: z.enum(COMMUNICATION_CHANNELS),
    direction: z.enum(COMMUNICATION_DIRECTIONS),
    summary: z.string().trim().min(1).max(2000),
    occurredAt: instantSchema.optional().meta({ description: 'When the call or message happened; now when absent.' }),
  })
  .meta({ id: 'RecordCommunication' });

export const staffCommunicationSchema = z
  .object({
    source: z.literal('staff'),
    entryId: ulidSchema,
    caseId: ulidSchema,
    channel: z.enum(COMMUNICATION_CHANNELS),
    direction: z.enum(COMMUNICATION_DIRECTIONS),
    summary: z.string(),
    at: instantSchema,
    recordedBy: z.string(),
  })
  .meta({ id: 'StaffCommunication' });

export const noticeCommunicationSchema = z
  .object({
    source: z.literal('notice'),
    appointmentId: ulidSchema,
    appointmentStart: instantSchema.optional(),
    kind: z.enum(MESSAGE_KINDS),
    audience: z.enum(AUDIENCES),
    outcome: z.enum(NOTIFICATION_OUTCOMES),
    reason: z.enum(SKIP_REASONS).optional(),
    failure: z.string().optional(),
    at: instantSchema,
  })
  .meta({ id: 'NoticeCommunication' });

export const communicationSchema = z.discriminatedUnion('source', [staffCommunicationSchema, noticeCommunicationSchema]).meta({ id: 'Communication' });
export const communicationLogSchema = z.object({ items: z.array(communicationSchema) }).meta({ id: 'CommunicationLog' });

export type RecordCommunication = z.output<typeof recordCommunicationSchema>;
export type StaffCommunication = z.infer<typeof staffCommunicationSchema>;
export type NoticeCommunication = z.infer<typeof noticeCommunicationSchema>;
export type Communication = z.infer<typeof communicationSchema>;
