import * as z from 'zod';
import { nameSchema, recordMetaSchema, ulidSchema, withoutDefaults } from './common';

export const createDisciplineSchema = z
  .strictObject({
    name: nameSchema,
    colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Must be a hex colour like #3366cc.').optional(),
    active: z.boolean().default(true),
  })
  .meta({ id: 'CreateDiscipline' });

export const updateDisciplineSchema = z.strictObject(withoutDefaults(createDisciplineSchema.shape)).partial().meta({ id: 'UpdateDiscipline' });

export const disciplineSchema = createDisciplineSchema
  .extend({ disciplineId: ulidSchema, clinicId: ulidSchema })
  .extend(recordMetaSchema.shape)
  .meta({ id: 'Discipline' });

export type Discipline = z.infer<typeof disciplineSchema>;
export type CreateDiscipline = z.infer<typeof createDisciplineSchema>;
export type UpdateDiscipline = z.infer<typeof updateDisciplineSchema>;
