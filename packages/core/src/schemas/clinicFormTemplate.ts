/** A clinic's own form templates and its form settings (K6): requests and responses. */
import * as z from 'zod';
import { CONSENT_FLAGS, FORM_FIELD_TYPES, FORM_KINDS, SCORING_RULES } from '../forms/formTemplates';
import { formTemplateSchema } from './formRequest';
import { instantSchema } from './common';

const choiceInputSchema = z.strictObject({
  value: z.string().trim().min(1).max(64),
  label: z.string().trim().min(1).max(200),
  score: z.number().min(-1000).max(1000).optional(),
});

const fieldInputSchema = z
  .strictObject({
    key: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'A letter, then letters, digits or _ (at most 64).'),
    label: z.string().trim().min(1).max(300),
    type: z.enum(FORM_FIELD_TYPES),
    required: z.boolean().default(false),
    choices: z.array(choiceInputSchema).max(50).optional(),
    min: z.number().min(-1_000_000).max(1_000_000).optional(),
    max: z.number().min(-1_000_000).max(1_000_000).optional(),
    scored: z.boolean().optional(),
  })
  .meta({ id: 'FormFieldInput' });

const scoringSchema = z.strictObject({ rule: z.enum(SCORING_RULES), label: z.string().trim().min(1).max(80) });

const designFields = {
  name: z.string().trim().min(1).max(120),
  kind: z.enum(FORM_KINDS),
  fields: z.array(fieldInputSchema).min(1).max(100),
  scoring: scoringSchema.optional(),
  consentWording: z.string().trim().min(1).max(4000).meta({ description: 'Shown above the signature and stored with it.' }),
  consentFlag: z.enum(CONSENT_FLAGS).optional().meta({ description: 'Consent forms only: the flag on the client a signed form sets.' }),
};

export const createFormTemplateSchema = z.strictObject(designFields).meta({ id: 'CreateFormTemplate' });

export const updateFormTemplateSchema = z
  .strictObject({
    name: designFields.name,
    fields: designFields.fields,
    scoring: scoringSchema.nullable(),
    consentWording: designFields.consentWording,
    consentFlag: z.enum(CONSENT_FLAGS).nullable(),
    active: z.boolean().meta({ description: 'false retires the template: no new requests; sent ones still work.' }),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change.')
  .meta({ id: 'UpdateFormTemplate', description: 'Fields to change (the kind never changes). A change of what is asked is a new revision; forms already sent keep theirs.' });

/** A template as the library lists it: built in (`library`) or the clinic's own, active or retired. */
export const listedFormTemplateSchema = formTemplateSchema
  .extend({
    source: z.enum(['library', 'clinic']),
    active: z.boolean(),
    updatedAt: instantSchema.optional(),
  })
  .meta({ id: 'ListedFormTemplate', description: "For the clinic's own templates `templateKey` is the template's id and `version` its revision." });
export const listedFormTemplateListSchema = z.object({ items: z.array(listedFormTemplateSchema) }).meta({ id: 'ListedFormTemplateList' });

export const formTemplatesQuerySchema = z.strictObject({
  includeRetired: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
});

export const formSettingsSchema = z
  .strictObject({
    onlineBookingTemplateKeys: z.array(z.string().min(1).max(64)).max(10).default([]).meta({ description: 'Form templates emailed to the client when a new online booking is made (once per case and template).' }),
  })
  .meta({ id: 'FormSettings' });

export type CreateFormTemplate = z.output<typeof createFormTemplateSchema>;
export type UpdateFormTemplate = z.output<typeof updateFormTemplateSchema>;
export type ListedFormTemplate = z.infer<typeof listedFormTemplateSchema>;
export type FormSettings = z.output<typeof formSettingsSchema>;
