import * as z from 'zod';
import {
  addressSchema,
  emailSchema,
  localDateSchema,
  nameSchema,
  pageQuerySchema,
  phoneSchema,
  recordMetaSchema,
  ulidSchema,
  withoutDefaults,
} from './common';

export const CLIENT_STATUSES = ['active', 'archived'] as const;

export const clientAlertSchema = z
  .strictObject({
    text: z.string().trim().min(1).max(200),
    severity: z.enum(['info', 'warning', 'critical']).default('info'),
  })
  .meta({ id: 'ClientAlert' });

export const communicationPreferencesSchema = z
  .strictObject({
    email: z.boolean().default(true),
    sms: z.boolean().default(false),
    reminders: z.boolean().default(true),
    marketing: z.boolean().default(false),
  })
  .meta({ id: 'CommunicationPreferences' });

export const consentSchema = z
  .strictObject({
    treatment: z.boolean().default(false),
    privacyPolicy: z.boolean().default(false),
    electronicCommunication: z.boolean().default(false),
    recordedOn: localDateSchema.optional(),
  })
  .meta({ id: 'Consent' });

const clientFields = {
  firstName: nameSchema,
  lastName: nameSchema,
  preferredName: nameSchema.optional(),
  dateOfBirth: localDateSchema.optional(),
  gender: z.string().trim().max(40).optional(),
  email: emailSchema.optional(),
  phone: phoneSchema.optional(),
  mobilePhone: phoneSchema.optional(),
  address: addressSchema.optional(),
  alerts: z.array(clientAlertSchema).max(20).default([]),
  communication: communicationPreferencesSchema.default({ email: true, sms: false, reminders: true, marketing: false }),
  consent: consentSchema.default({ treatment: false, privacyPolicy: false, electronicCommunication: false }),
  status: z.enum(CLIENT_STATUSES).default('active'),
};

export const createClientSchema = z.strictObject(clientFields).meta({ id: 'CreateClient' });

export const updateClientSchema = z
  .strictObject({
    ...withoutDefaults(clientFields),
    preferredName: clientFields.preferredName.nullable(),
    dateOfBirth: clientFields.dateOfBirth.nullable(),
    gender: clientFields.gender.nullable(),
    email: clientFields.email.nullable(),
    phone: clientFields.phone.nullable(),
    mobilePhone: clientFields.mobilePhone.nullable(),
    address: clientFields.address.nullable(),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change.')
  .meta({ id: 'UpdateClient', description: 'Fields to change; null clears an optional field.' });

export const clientSchema = z
  .object({ ...clientFields, clientId: ulidSchema, clinicId: ulidSchema })
  .extend(recordMetaSchema.shape)
  .meta({ id: 'Client' });

export const clientSearchQuerySchema = pageQuerySchema
  .extend({
    name: z.string().trim().min(1).max(120).optional().meta({ description: 'Prefix of the family or the given name ("thom", "emma", "emma thom"), or of "family given".' }),
    // A search key, matched after normalizing; a partial or odd address simply finds nobody.
    email: z.string().trim().min(3).max(254).optional(),
    phone: phoneSchema.optional(),
  })
  .refine((q) => [q.name, q.email, q.phone].filter((v) => v !== undefined).length <= 1, {
    message: 'Search by one of name, email or phone at a time.',
    path: ['name'],
  });

export type Client = z.infer<typeof clientSchema>;
export type CreateClient = z.infer<typeof createClientSchema>;
export type UpdateClient = z.infer<typeof updateClientSchema>;
export type ClientSearchQuery = z.infer<typeof clientSearchQuerySchema>;
