import * as z from 'zod';
import { CASE_STATUSES } from '../caseStatus';
import { emailSchema, localDateSchema, nameSchema, phoneSchema, recordMetaSchema, ulidSchema, withoutDefaults } from './common';
import { clientSchema } from './client';

export const CASE_TYPES = ['motor_vehicle_accident', 'workers_compensation', 'private', 'extended_health', 'other'] as const;
export const CASE_CONTACT_ROLES = ['lawyer', 'adjuster', 'family_physician', 'employer', 'case_manager', 'other'] as const;

export const caseContactSchema = z
  .strictObject({
    role: z.enum(CASE_CONTACT_ROLES),
    name: nameSchema,
    organization: z.string().trim().max(200).optional(),
    email: emailSchema.optional(),
    phone: phoneSchema.optional(),
    reference: z.string().trim().max(100).optional().meta({ description: 'Claim or file number on their side.' }),
  })
  .meta({ id: 'CaseContact' });

export const referralSourceSchema = z
  .strictObject({
    kind: z.enum(['self', 'physician', 'lawyer', 'insurer', 'employer', 'other']),
    name: z.string().trim().max(200).optional(),
  })
  .meta({ id: 'ReferralSource' });

export const caseStatusSchema = z.enum(CASE_STATUSES).meta({ id: 'CaseStatus' });

const caseFields = {
  caseType: z.enum(CASE_TYPES),
  title: z.string().trim().max(200).optional(),
  intakeDate: localDateSchema,
  dateOfInjury: localDateSchema.optional(),
  referralSource: referralSourceSchema.optional(),
  disciplineId: ulidSchema.optional(),
  assignedProviderIds: z.array(ulidSchema).max(20).default([]),
  contacts: z.array(caseContactSchema).max(20).default([]),
};

export const createCaseSchema = z.strictObject(caseFields).meta({ id: 'CreateCase' });

export const updateCaseSchema = z
  .strictObject({
    ...withoutDefaults(caseFields),
    title: caseFields.title.nullable(),
    dateOfInjury: caseFields.dateOfInjury.nullable(),
    referralSource: caseFields.referralSource.nullable(),
    disciplineId: caseFields.disciplineId.nullable(),
    status: caseStatusSchema,
    closingReason: z.string().trim().min(1).max(500),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change.')
  .meta({ id: 'UpdateCase', description: 'Fields to change; null clears an optional field. Closing needs a closingReason.' });

export const caseFileSchema = z
  .object({
    ...caseFields,
    caseId: ulidSchema,
    clinicId: ulidSchema,
    clientId: ulidSchema,
    caseNumber: z.number().int().positive(),
    caseLabel: z.string().meta({ description: 'Clinic prefix and number, e.g. C-000042.' }),
    status: caseStatusSchema,
    closingReason: z.string().optional(),
    statusChangedAt: z.string(),
  })
  .extend(recordMetaSchema.shape)
  .meta({ id: 'CaseFile' });

export const clientWithCasesSchema = z
  .object({ client: clientSchema, cases: z.array(caseFileSchema) })
  .meta({ id: 'ClientWithCases' });

export type CaseFile = z.infer<typeof caseFileSchema>;
export type CreateCase = z.infer<typeof createCaseSchema>;
export type UpdateCase = z.infer<typeof updateCaseSchema>;
export type CaseContact = z.infer<typeof caseContactSchema>;
