/** Note templates and chart notes (K6): requests, responses and the access history of a case (P5). */
import * as z from 'zod';
import { noteSectionSchema, noteSectionsSchema, noteValueSchema } from '../clinical/templateSections';
import { instantSchema, pageQuerySchema, recordMetaSchema, ulidSchema } from './common';

export const NOTE_TEMPLATE_KINDS = ['initial_assessment', 'follow_up', 'other'] as const;
export const NOTE_STATUSES = ['draft', 'signed'] as const;
export type NoteStatus = (typeof NOTE_STATUSES)[number];
/** What a read of clinical content was: looked at, printed to PDF, or copied forward into a new draft. */
export const CLINICAL_ACCESS_ACTIONS = ['read', 'printed', 'copied'] as const;
/** Records whose reads are in a case's access history. */
/** What a read of clinical content can be of: a note, a submitted form, a file, or a case's scores (`caseFile`). All are audited entity types. */
export const CLINICAL_RECORD_TYPES = ['note', 'formRequest', 'caseDocument', 'caseFile'] as const;

const templateFields = {
  name: z.string().trim().min(1).max(120),
  kind: z.enum(NOTE_TEMPLATE_KINDS),
  disciplineId: ulidSchema.optional(),
  sections: noteSectionsSchema,
  active: z.boolean().default(true),
};

export const createNoteTemplateSchema = z.strictObject(templateFields).meta({ id: 'CreateNoteTemplate' });

export const updateNoteTemplateSchema = z
  .strictObject({
    name: templateFields.name,
    kind: templateFields.kind,
    disciplineId: ulidSchema.nullable(),
    sections: noteSectionsSchema,
    active: z.boolean(),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change.')
  .meta({ id: 'UpdateNoteTemplate', description: 'Fields to change. A change of name or sections makes a new revision; notes keep the revision they were written on.' });

export const noteTemplateSchema = z
  .object({
    templateId: ulidSchema,
    clinicId: ulidSchema,
    name: z.string(),
    kind: z.enum(NOTE_TEMPLATE_KINDS),
    disciplineId: ulidSchema.optional(),
    sections: z.array(noteSectionSchema),
    active: z.boolean(),
    revision: z.number().int().meta({ description: 'Goes up with each change of name or sections.' }),
    seedKey: z.string().optional().meta({ description: 'Set on the templates every clinic starts with.' }),
  })
  .extend(recordMetaSchema.shape)
  .meta({ id: 'NoteTemplate' });

export const noteTemplateListSchema = z.object({ items: z.array(noteTemplateSchema) }).meta({ id: 'NoteTemplateList' });
export const noteTemplatesQuerySchema = z.strictObject({
  disciplineId: ulidSchema.optional(),
  includeInactive: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
});

export const createNoteSchema = z
  .strictObject({
    templateId: ulidSchema,
    appointmentId: ulidSchema.optional().meta({ description: 'The visit the note is about.' }),
    copyForward: z.boolean().default(false).meta({ description: "Start from the case's last signed note (sections of the same key and kind)." }),
  })
  .meta({ id: 'CreateNote' });

export const updateNoteSchema = z
  .strictObject({
    version: z.number().int().min(1).meta({ description: 'The version the edit was made on; another version answers 409 with the newer note.' }),
    values: z.record(z.string().max(40), noteValueSchema.nullable()).meta({ description: 'Section values to set; null clears one; sections not sent stay as they are.' }),
  })
  .meta({ id: 'UpdateNote' });

export const signNoteSchema = z.strictObject({ version: z.number().int().min(1) }).meta({ id: 'SignNote' });
export const createAddendumSchema = z.strictObject({ text: z.string().trim().min(1).max(10_000) }).meta({ id: 'CreateAddendum' });

export const addendumSchema = z
  .object({
    addendumId: ulidSchema,
    noteId: ulidSchema,
    authorId: z.string(),
    authorName: z.string(),
    text: z.string(),
    signedAt: instantSchema,
    contentHash: z.string().meta({ description: 'SHA-256 (hex) of the signed addendum.' }),
  })
  .meta({ id: 'NoteAddendum' });

/** What everyone who may see a case sees of a note: that it exists and its status, never its content. */
export const noteSummarySchema = z
  .object({
    noteId: ulidSchema,
    caseId: ulidSchema,
    clientId: ulidSchema,
    appointmentId: ulidSchema.optional(),
    authorId: z.string(),
    authorName: z.string(),
    templateId: ulidSchema,
    templateName: z.string(),
    status: z.enum(NOTE_STATUSES),
    version: z.number().int(),
    signedAt: instantSchema.optional(),
    createdAt: instantSchema,
    updatedAt: instantSchema,
    overdue: z.boolean().meta({ description: 'A draft for a visit the client arrived at more than 24 hours ago.' }),
  })
  .meta({ id: 'NoteSummary' });

export const noteContentSchema = z
  .object({
    templateRevision: z.number().int(),
    sections: z.array(noteSectionSchema),
    values: z.record(z.string(), noteValueSchema),
    contentHash: z.string().optional().meta({ description: 'SHA-256 (hex) of the signed content; set when signed.' }),
    copiedFromNoteId: ulidSchema.optional(),
    addenda: z.array(addendumSchema),
  })
  .meta({ id: 'NoteContent' });

export const noteSchema = noteSummarySchema
  .extend({ content: noteContentSchema.optional().meta({ description: 'Left out for roles that may know only that the note exists.' }) })
  .meta({ id: 'Note' });

export const overdueVisitSchema = z
  .object({ appointmentId: ulidSchema, start: instantSchema, end: instantSchema, status: z.string() })
  .meta({ id: 'OverdueVisit' });

export const caseNotesSchema = z
  .object({ items: z.array(noteSummarySchema), overdueVisits: z.array(overdueVisitSchema) })
  .meta({ id: 'CaseNotes' });

export const notesQuerySchema = pageQuerySchema.extend({
  author: z.union([z.literal('me'), ulidSchema]).meta({ description: '`me`, or a member id.' }),
  status: z.enum(NOTE_STATUSES).optional(),
});

export const noteIdParamsSchema = z.strictObject({
  id: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}(\.pdf)?$/, 'Must be a ULID, or a ULID followed by .pdf.'),
});

export const clinicalAccessSchema = z
  .object({
    accessId: z.string(),
    caseId: ulidSchema,
    at: instantSchema,
    actor: z.string(),
    actorName: z.string(),
    subjectType: z.enum(CLINICAL_RECORD_TYPES),
    subjectId: z.string(),
    action: z.enum(CLINICAL_ACCESS_ACTIONS),
  })
  .meta({ id: 'ClinicalAccess' });

export type NoteTemplate = z.infer<typeof noteTemplateSchema>;
export type CreateNoteTemplate = z.infer<typeof createNoteTemplateSchema>;
export type UpdateNoteTemplate = z.infer<typeof updateNoteTemplateSchema>;
export type Note = z.infer<typeof noteSchema>;
export type NoteSummary = z.infer<typeof noteSummarySchema>;
export type NoteAddendum = z.infer<typeof addendumSchema>;
export type ClinicalAccess = z.infer<typeof clinicalAccessSchema>;
export type ClinicalAccessAction = (typeof CLINICAL_ACCESS_ACTIONS)[number];
