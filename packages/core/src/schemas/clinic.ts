import * as z from 'zod';
import { CASE_TYPES } from './caseFile';
import { currencySchema, emailSchema, nameSchema, phoneSchema, recordMetaSchema, timeZoneSchema, ulidSchema, withoutDefaults } from './common';

export const clinicSettingsSchema = z.strictObject({
  name: nameSchema,
  slug: z.string().regex(/^[a-z0-9](?:[a-z0-9-]{1,48}[a-z0-9])$/, 'Lower-case letters, digits and dashes, 3-50 long.'),
  currency: currencySchema,
  defaultTimeZone: timeZoneSchema,
  contactEmail: emailSchema.optional(),
  phone: phoneSchema.optional(),
  /** The clinic's tax or business registration number (e.g. a GST/HST number), printed on invoices. */
  taxNumber: z.string().trim().min(1).max(40).optional().meta({ description: "The clinic's tax or business registration number (e.g. GST/HST), printed on invoices." }),
  caseNumberPrefix: z.string().regex(/^[A-Z0-9-]{0,8}$/, 'Up to 8 upper-case letters, digits or dashes.').default(''),
  /** A cancellation this close to the start is late (SPEC B3 fees, A3 cancel). */
  lateCancelWindowHours: z.number().int().min(0).max(24 * 14).default(24),
  /** Online booking (SPEC O4): the case type a new client's first online booking opens. */
  onlineCaseType: z.enum(CASE_TYPES).default('private'),
  /** 'attach_open': a returning client's booking joins their open case of the session's discipline, or opens one; 'new_case': every online booking opens its own. */
  onlineCasePolicy: z.enum(['attach_open', 'new_case']).default('attach_open'),
});

export const clinicSchema = clinicSettingsSchema
  .extend({ clinicId: ulidSchema })
  .extend(recordMetaSchema.shape)
  .meta({ id: 'Clinic' });

export const updateClinicSchema = z
  .strictObject(withoutDefaults(clinicSettingsSchema.omit({ slug: true }).shape))
  .partial()
  .meta({ id: 'UpdateClinic' });

export type Clinic = z.infer<typeof clinicSchema>;
export type ClinicSettings = z.infer<typeof clinicSettingsSchema>;
export type UpdateClinic = z.infer<typeof updateClinicSchema>;
