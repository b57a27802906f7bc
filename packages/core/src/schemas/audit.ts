import * as z from 'zod';
import { instantSchema, pageQuerySchema, ulidSchema } from './common';

export const AUDITED_ENTITY_TYPES = ['clinic', 'location', 'discipline', 'member', 'client', 'caseFile', 'calendar', 'session', 'appointment', 'billingItem', 'charge', 'invoice', 'payment', 'noteTemplate', 'note', 'noteAddendum', 'caseDocument', 'formRequest'] as const;
/** `read`: someone read clinical content (a note, a form's answers, a file's bytes); written by the use case that served it, not by the stream. */
export const AUDIT_ACTIONS = ['created', 'updated', 'deleted', 'read'] as const;
export const auditEntityTypeSchema = z.enum(AUDITED_ENTITY_TYPES).meta({ id: 'AuditEntityType' });

export const auditEventSchema = z
  .object({
    auditId: z.string(),
    clinicId: ulidSchema,
    entityType: auditEntityTypeSchema,
    entityId: z.string(),
    action: z.enum(AUDIT_ACTIONS),
    at: instantSchema,
    actor: z.string().meta({ description: 'User id (token subject) that made the change.' }),
    changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
  })
  .meta({ id: 'AuditEvent' });

export const auditQuerySchema = pageQuerySchema.extend({
  entityType: auditEntityTypeSchema,
  entityId: z.string().min(1).max(64),
});

export type AuditEvent = z.infer<typeof auditEventSchema>;
export type AuditEntityType = (typeof AUDITED_ENTITY_TYPES)[number];
