import * as z from 'zod';
import { CONSENT_FLAGS, FORM_FIELD_TYPES, FORM_KINDS, SCORING_RULES } from '../forms/formTemplates';
import { instantSchema, ulidSchema } from './common';

export const FORM_REQUEST_STATUSES = ['sent', 'submitted'] as const;
/** 200 000 characters of base64: about 150 KB of PNG, plenty for a phone-drawn signature. */
export const MAX_SIGNATURE_DATA_URL_LENGTH = 200_000;

const formChoiceSchema = z.object({ value: z.string(), label: z.string(), score: z.number().optional() });
export const formFieldSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    type: z.enum(FORM_FIELD_TYPES),
    required: z.boolean(),
    choices: z.array(formChoiceSchema).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    scored: z.boolean().optional(),
  })
  .meta({ id: 'FormField' });

export const formTemplateSchema = z
  .object({
    templateKey: z.string(),
    version: z.number().int(),
    name: z.string(),
    kind: z.enum(FORM_KINDS),
    fields: z.array(formFieldSchema),
    scoring: z.object({ rule: z.enum(SCORING_RULES), label: z.string() }).optional(),
    consentWording: z.string(),
    consentFlag: z.enum(CONSENT_FLAGS).optional(),
  })
  .meta({ id: 'FormTemplate' });
export const formTemplateListSchema = z.object({ items: z.array(formTemplateSchema) }).meta({ id: 'FormTemplateList' });

export const formAnswerSchema = z.union([z.string().max(5000), z.number(), z.boolean(), z.array(z.string().max(200)).max(50)]);
export const formAnswersSchema = z.record(z.string().max(64), formAnswerSchema).refine((answers) => Object.keys(answers).length <= 100, 'At most 100 answers.');

export const createFormRequestSchema = z
  .strictObject({
    templateKey: z.string().min(1).max(64),
    appointmentId: ulidSchema.optional().meta({ description: 'The visit the form belongs to (scored measures trend by visit).' }),
    expiresInDays: z.number().int().min(1).max(30).default(7),
    sendEmail: z.boolean().default(true).meta({ description: 'false: no email; staff fill the form with the client in the clinic.' }),
  })
  .meta({ id: 'CreateFormRequest' });

const signatureImageSchema = z
  .string()
  .max(MAX_SIGNATURE_DATA_URL_LENGTH, 'The drawn signature is too large.')
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/, 'Must be a PNG data URL.');

export const publicFormTokenSchema = z.strictObject({ token: z.string().min(10).max(2048) }).meta({ id: 'PublicFormToken' });
export const publicFormSubmitSchema = z
  .strictObject({
    token: z.string().min(10).max(2048),
    answers: formAnswersSchema,
    typedName: z.string().trim().min(2).max(120),
    signatureImage: signatureImageSchema,
    agreed: z.literal(true, 'The consent must be accepted.'),
  })
  .meta({ id: 'PublicFormSubmission' });

export const staffFillFormSchema = z
  .strictObject({
    answers: formAnswersSchema,
    typedName: z.string().trim().min(2).max(120).meta({ description: "The client's name as they confirmed it (e.g. on the phone)." }),
  })
  .meta({ id: 'StaffFormFill' });

/** What every role may see of a form: that it exists, and its status. */
export const formRequestSummarySchema = z
  .object({
    formId: ulidSchema,
    caseId: ulidSchema,
    clientId: ulidSchema,
    templateKey: z.string(),
    templateName: z.string(),
    kind: z.enum(FORM_KINDS),
    status: z.enum(FORM_REQUEST_STATUSES),
    appointmentId: ulidSchema.optional(),
    sentAt: instantSchema,
    expiresAt: instantSchema,
    submittedAt: instantSchema.optional(),
    filledBy: z.enum(['client', 'staff']).optional(),
  })
  .meta({ id: 'FormRequestSummary' });
export const formRequestListSchema = z.object({ items: z.array(formRequestSummarySchema) }).meta({ id: 'FormRequestList' });

export const formScoreSchema = z.object({ rule: z.enum(SCORING_RULES), label: z.string(), value: z.number(), answered: z.number().int(), of: z.number().int() }).meta({ id: 'FormScore' });

export const formSignatureSchema = z
  .object({
    typedName: z.string(),
    image: z.string().optional().meta({ description: 'The drawn signature as a PNG data URL; absent when staff filled the form.' }),
    consentWording: z.string(),
    signedAt: instantSchema,
    ipAddress: z.string(),
    userAgent: z.string(),
    onBehalfBy: z.string().optional().meta({ description: 'The member who filled the form for the client.' }),
  })
  .meta({ id: 'FormSignature' });

/** A form with its content: for the roles that read clinical content. */
export const formRequestSchema = formRequestSummarySchema
  .extend({
    template: formTemplateSchema,
    answers: formAnswersSchema.optional(),
    score: formScoreSchema.optional(),
    signature: formSignatureSchema.optional(),
    sha256: z.string().optional().meta({ description: 'SHA-256 (hex) of the canonical JSON of template, answers, score and signature.' }),
  })
  .meta({ id: 'FormRequest' });

export const formRequestSentSchema = z.object({ form: formRequestSummarySchema, emailed: z.boolean() }).meta({ id: 'FormRequestSent' });
export const formLinkResentSchema = z
  .object({
    form: formRequestSummarySchema,
    emailed: z.boolean(),
    notSent: z.enum(['suppressed', 'mail_failed']).optional().meta({ description: 'Why no email went out: the address bounced or complained before, or the mail service failed. The new link stands either way; re-send to try again.' }),
  })
  .meta({ id: 'FormLinkResent' });

export const publicFormSchema = z
  .object({
    clinicName: z.string(),
    clientFirstName: z.string(),
    template: formTemplateSchema,
    expiresAt: instantSchema,
  })
  .meta({ id: 'PublicForm' });
export const publicFormReceiptSchema = z.object({ submittedAt: instantSchema, sha256: z.string() }).meta({ id: 'PublicFormReceipt' });

export const formTrendSchema = z
  .object({
    items: z.array(
      z.object({
        templateKey: z.string(),
        templateName: z.string(),
        label: z.string(),
        points: z.array(z.object({ formId: ulidSchema, submittedAt: instantSchema, appointmentId: ulidSchema.optional(), visitStart: instantSchema.optional(), value: z.number() })),
      }),
    ),
  })
  .meta({ id: 'FormTrends' });

export type CreateFormRequest = z.output<typeof createFormRequestSchema>;
export type FormRequestSummary = z.infer<typeof formRequestSummarySchema>;
export type FormRequest = z.infer<typeof formRequestSchema>;
export type FormSignature = z.infer<typeof formSignatureSchema>;
export type PublicFormSubmission = z.output<typeof publicFormSubmitSchema>;
export type StaffFormFill = z.output<typeof staffFillFormSchema>;
export type PublicFormView = z.infer<typeof publicFormSchema>;
export type PublicFormSubmissionBody = z.input<typeof publicFormSubmitSchema>;
