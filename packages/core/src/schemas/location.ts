import * as z from 'zod';
import { addressSchema, nameSchema, phoneSchema, recordMetaSchema, timeZoneSchema, ulidSchema, withoutDefaults } from './common';

export const createLocationSchema = z
  .strictObject({
    name: nameSchema,
    address: addressSchema.optional(),
    timeZone: timeZoneSchema,
    phone: phoneSchema.optional(),
    active: z.boolean().default(true),
  })
  .meta({ id: 'CreateLocation' });

export const updateLocationSchema = z.strictObject(withoutDefaults(createLocationSchema.shape)).partial().meta({ id: 'UpdateLocation' });

export const locationSchema = createLocationSchema
  .extend({ locationId: ulidSchema, clinicId: ulidSchema })
  .extend(recordMetaSchema.shape)
  .meta({ id: 'Location' });

export type Location = z.infer<typeof locationSchema>;
export type CreateLocation = z.infer<typeof createLocationSchema>;
export type UpdateLocation = z.infer<typeof updateLocationSchema>;
