import * as z from 'zod';
import { ROLES } from '../permissions';
import { emailSchema, nameSchema, phoneSchema, recordMetaSchema, ulidSchema, withoutDefaults } from './common';

export const roleSchema = z.enum(ROLES).meta({ id: 'Role' });

export const notificationPreferencesSchema = z
  .strictObject({
    email: z.boolean().default(true),
    newBooking: z.boolean().default(true),
    reschedule: z.boolean().default(true),
    cancellation: z.boolean().default(true),
    noShow: z.boolean().default(true),
  })
  .meta({ id: 'NotificationPreferences' });

export const createMemberSchema = z
  .strictObject({
    firstName: nameSchema,
    lastName: nameSchema,
    email: emailSchema,
    phone: phoneSchema.optional(),
    role: roleSchema,
    disciplineIds: z.array(ulidSchema).max(20).default([]),
    title: z.string().trim().max(60).optional(),
    registrationNumber: z.string().trim().max(40).optional().meta({ description: "A provider's professional registration (licence) number, printed on signed notes and invoices." }),
    active: z.boolean().default(true),
    calendarLocationId: ulidSchema.optional().meta({
      description: "For providers: the location of the provider's own calendar, created with the member (defaults to the clinic's first location).",
    }),
    notificationPreferences: notificationPreferencesSchema.default({
      email: true,
      newBooking: true,
      reschedule: true,
      cancellation: true,
      noShow: true,
    }),
  })
  .meta({ id: 'CreateMember' });

export const updateMemberSchema = z
  .strictObject(withoutDefaults(createMemberSchema.omit({ email: true, calendarLocationId: true }).shape))
  .partial()
  .meta({ id: 'UpdateMember' });

export const memberSchema = createMemberSchema
  .omit({ calendarLocationId: true })
  .extend({ memberId: ulidSchema, clinicId: ulidSchema })
  .extend(recordMetaSchema.shape)
  .meta({ id: 'Member' });

export type Member = z.infer<typeof memberSchema>;
export type CreateMember = z.infer<typeof createMemberSchema>;
export type UpdateMember = z.infer<typeof updateMemberSchema>;
