import * as z from 'zod';
import { nameSchema, recordMetaSchema, ulidSchema, withoutDefaults } from './common';

export const RESOURCE_KINDS = ['room', 'equipment'] as const;

const sessionFields = {
  name: nameSchema,
  disciplineId: ulidSchema,
  durationMinutes: z.number().int().min(5).max(8 * 60),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Must be a hex colour like #3366cc.').optional(),
  /** Default charges, priced by the billing items they reference. */
  billingItemIds: z.array(ulidSchema).max(10).default([]),
  onlineBookable: z.boolean().default(false),
  /** Resources the session needs besides the provider; each is booked on a calendar of that kind. */
  requiredResourceKinds: z.array(z.enum(RESOURCE_KINDS)).max(2).default([]),
  active: z.boolean().default(true),
};

export const createSessionSchema = z
  .strictObject(sessionFields)
  .refine((session) => new Set(session.requiredResourceKinds).size === session.requiredResourceKinds.length, {
    message: 'Each resource kind at most once.',
    path: ['requiredResourceKinds'],
  })
  .meta({ id: 'CreateSession' });

export const updateSessionSchema = z
  .strictObject(withoutDefaults(sessionFields))
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change.')
  .meta({ id: 'UpdateSession' });

export const sessionSchema = z
  .object({ ...sessionFields, sessionId: ulidSchema, clinicId: ulidSchema })
  .extend(recordMetaSchema.shape)
  .meta({ id: 'Session' });

export type Session = z.infer<typeof sessionSchema>;
export type CreateSession = z.infer<typeof createSessionSchema>;
export type UpdateSession = z.infer<typeof updateSessionSchema>;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
