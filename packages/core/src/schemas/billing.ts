/** Billing set-up (SPEC B1, B3, K4, K5): the clinic's billing policy, its price list, and each case's payers and authorizations. */
import * as z from 'zod';
import { currencySchema, localDateSchema, nameSchema, recordMetaSchema, ulidSchema, withoutDefaults } from './common';

/** Integer minor units (cents): never fractional, never negative unless said. */
export const minorSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).meta({ description: 'Amount in minor units (e.g. cents).' });
export const taxCodeSchema = z.string().regex(/^[A-Z0-9_-]{1,16}$/, 'Must be 1-16 of A-Z, 0-9, _ and -.');

export const taxRateSchema = z
  .strictObject({
    code: taxCodeSchema,
    name: nameSchema,
    basisPoints: z.number().int().min(0).max(10_000).meta({ description: '1300 = 13%.' }),
  })
  .meta({ id: 'TaxRate' });

export const billingPolicySchema = z
  .strictObject({
    currency: currencySchema,
    taxRates: z.array(taxRateSchema).max(10).default([]),
    noShowFeeItemId: ulidSchema.nullable().default(null).meta({ description: 'Billing item charged when a visit is marked No Show; null = no fee.' }),
    lateCancelFeeItemId: ulidSchema.nullable().default(null).meta({ description: 'Billing item charged on a late cancellation; null = no fee.' }),
    authorizationOverrun: z.enum(['warn', 'block']).default('warn').meta({ description: 'Booking past an exhausted or expired authorization: a warning, or 409.' }),
    remainingVisitsAlertThreshold: z.number().int().min(0).max(100).default(2),
    paymentTermsDays: z.number().int().min(0).max(365).default(30),
  })
  .refine((policy) => new Set(policy.taxRates.map((rate) => rate.code)).size === policy.taxRates.length, { message: 'Each tax code at most once.', path: ['taxRates'] })
  .meta({ id: 'BillingPolicy' });

export type BillingPolicy = z.infer<typeof billingPolicySchema>;

const billingItemFields = {
  code: z.string().trim().min(1).max(32),
  description: z.string().trim().min(1).max(200),
  unitPriceMinor: minorSchema,
  taxCodes: z.array(taxCodeSchema).max(5).default([]),
  active: z.boolean().default(true),
};

export const createBillingItemSchema = z.strictObject(billingItemFields).meta({ id: 'CreateBillingItem' });
export const updateBillingItemSchema = z
  .strictObject(withoutDefaults(billingItemFields))
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change.')
  .meta({ id: 'UpdateBillingItem' });
export const billingItemSchema = z
  .object({ ...billingItemFields, billingItemId: ulidSchema, clinicId: ulidSchema })
  .extend(recordMetaSchema.shape)
  .meta({ id: 'BillingItem' });
export type BillingItem = z.infer<typeof billingItemSchema>;
export type CreateBillingItem = z.infer<typeof createBillingItemSchema>;
export type UpdateBillingItem = z.infer<typeof updateBillingItemSchema>;

export const coverageSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('percent'), basisPoints: z.number().int().min(1).max(10_000) }),
    z.strictObject({ kind: z.literal('fixed'), amountMinor: minorSchema }),
    z.strictObject({ kind: z.literal('remainder') }),
  ])
  .meta({ id: 'Coverage', description: 'Per charge line: a percentage (8000 = 80%), a fixed amount (capped), or the remainder.' });

export const PAYER_KINDS = ['client', 'insurer', 'motor_vehicle', 'workers_compensation', 'third_party'] as const;

const payerFields = {
  kind: z.enum(PAYER_KINDS),
  name: nameSchema,
  policyNumber: z.string().trim().max(64).optional(),
  claimNumber: z.string().trim().max(64).optional(),
  coverage: coverageSchema,
  active: z.boolean().default(true),
};
export const createPayerSchema = z.strictObject(payerFields).meta({ id: 'CreatePayer' });
export const updatePayerSchema = z
  .strictObject({ ...withoutDefaults(payerFields), policyNumber: payerFields.policyNumber.nullable(), claimNumber: payerFields.claimNumber.nullable() })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change.')
  .meta({ id: 'UpdatePayer' });
export const payerSchema = z.object({ ...payerFields, payerId: ulidSchema }).meta({ id: 'Payer' });
export type Payer = z.infer<typeof payerSchema>;
export type CreatePayer = z.infer<typeof createPayerSchema>;
export type UpdatePayer = z.infer<typeof updatePayerSchema>;

const authorizationFields = {
  payerId: ulidSchema,
  approvedVisits: z.number().int().min(1).max(1000).optional(),
  approvedAmountMinor: minorSchema.optional(),
  validFrom: localDateSchema,
  validTo: localDateSchema,
  reference: z.string().trim().max(64).optional(),
};
const validRange = (value: { validFrom?: string; validTo?: string }) => !value.validFrom || !value.validTo || value.validFrom <= value.validTo;
export const createAuthorizationSchema = z
  .strictObject(authorizationFields)
  .refine(validRange, { message: 'validTo is before validFrom.', path: ['validTo'] })
  .refine((value) => value.approvedVisits !== undefined || value.approvedAmountMinor !== undefined, { message: 'Approve visits, an amount, or both.', path: ['approvedVisits'] })
  .meta({ id: 'CreateAuthorization' });
export const updateAuthorizationSchema = z
  .strictObject({
    approvedVisits: authorizationFields.approvedVisits,
    approvedAmountMinor: authorizationFields.approvedAmountMinor,
    validFrom: authorizationFields.validFrom,
    validTo: authorizationFields.validTo,
    reference: authorizationFields.reference.nullable(),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change.')
  .meta({ id: 'UpdateAuthorization' });
export const authorizationSchema = z
  .object({
    ...authorizationFields,
    authorizationId: ulidSchema,
    usedVisits: z.number().int(),
    usedAmountMinor: minorSchema,
    remainingVisits: z.number().int().nullable(),
    thresholdAlertAt: z.string().optional().meta({ description: 'When an arrival took the remaining visits to the clinic threshold.' }),
  })
  .meta({ id: 'Authorization' });
export type Authorization = z.infer<typeof authorizationSchema>;
export type CreateAuthorization = z.infer<typeof createAuthorizationSchema>;
export type UpdateAuthorization = z.infer<typeof updateAuthorizationSchema>;

export const caseBillingSchema = z
  .object({
    caseId: ulidSchema,
    payers: z.array(payerSchema),
    authorizations: z.array(authorizationSchema),
  })
  .meta({ id: 'CaseBilling' });
export type CaseBilling = z.infer<typeof caseBillingSchema>;

export const caseIdParamsSchema = z.strictObject({ id: ulidSchema });
export const casePayerParamsSchema = z.strictObject({ id: ulidSchema, payerId: ulidSchema });
export const caseAuthorizationParamsSchema = z.strictObject({ id: ulidSchema, authorizationId: ulidSchema });
