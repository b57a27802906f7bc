/** The notes routes (K6, P5), as data: CDK, the local gateway and the OpenAPI document read them without loading the handler. */
import {
  addendumSchema,
  caseNotesSchema,
  clinicalAccessSchema,
  createAddendumSchema,
  createNoteSchema,
  createNoteTemplateSchema,
  idParamsSchema,
  noteIdParamsSchema,
  noteSchema,
  notesQuerySchema,
  noteSummarySchema,
  noteTemplateListSchema,
  noteTemplateSchema,
  noteTemplatesQuerySchema,
  pageOf,
  pageQuerySchema,
  signNoteSchema,
  updateNoteSchema,
  updateNoteTemplateSchema,
} from '@casefile/core';
import { defineRoutes } from '../../http/route';

export const notesRoutes = defineRoutes('notes', {
  listNoteTemplates: { method: 'GET', path: '/api/note-templates', auth: 'staff', action: 'notes:status', summary: "The clinic's note templates (the defaults are written on the first look).", query: noteTemplatesQuerySchema, response: noteTemplateListSchema },
  createNoteTemplate: { method: 'POST', path: '/api/note-templates', auth: 'staff', action: 'noteTemplates:manage', summary: 'Add a note template.', body: createNoteTemplateSchema, response: noteTemplateSchema, status: 201 },
  getNoteTemplate: { method: 'GET', path: '/api/note-templates/{id}', auth: 'staff', action: 'notes:status', summary: 'One note template, at its current revision.', params: idParamsSchema, response: noteTemplateSchema },
  updateNoteTemplate: { method: 'PATCH', path: '/api/note-templates/{id}', auth: 'staff', action: 'noteTemplates:manage', summary: 'Change a note template; a change of name or sections is a new revision (notes keep theirs).', params: idParamsSchema, body: updateNoteTemplateSchema, response: noteTemplateSchema },
  createNote: { method: 'POST', path: '/api/cases/{id}/notes', auth: 'staff', action: 'notes:write', summary: 'Start a draft note on a case from a template, optionally for one visit and copied forward from the last signed note.', params: idParamsSchema, body: createNoteSchema, response: noteSchema, status: 201 },
  listCaseNotes: { method: 'GET', path: '/api/cases/{id}/notes', auth: 'staff', action: 'notes:status', summary: "A case's notes (that they exist and their status) and its visits whose note is overdue.", params: idParamsSchema, response: caseNotesSchema },
  listNotes: { method: 'GET', path: '/api/notes', auth: 'staff', action: 'notes:status', summary: "Notes by author, e.g. `?author=me&status=draft`: a provider's unsigned notes.", query: notesQuerySchema, response: pageOf(noteSummarySchema, 'NoteSummaryPage') },
  getNote: { method: 'GET', path: '/api/notes/{id}', auth: 'staff', action: 'notes:status', summary: 'One note; its content for clinical roles (each read is audited), its existence and status for others. getNotePdf prints it (the older `/api/notes/{id}.pdf` form is deprecated).', params: noteIdParamsSchema, response: noteSchema },
  getNotePdf: { method: 'GET', path: '/api/notes/{id}/pdf', auth: 'staff', action: 'notes:read', summary: 'A note printed as a PDF (clinical roles); the print is recorded like any read of its content.', params: idParamsSchema, produces: 'application/pdf' },
  updateNote: { method: 'PATCH', path: '/api/notes/{id}', auth: 'staff', action: 'notes:write', summary: "Autosave a draft (its author only), conditioned on the version: 409 with the newer note when it moved on.", params: idParamsSchema, body: updateNoteSchema, response: noteSchema },
  signNote: { method: 'POST', path: '/api/notes/{id}/sign', auth: 'staff', action: 'notes:write', summary: 'The author signs the note: required sections checked, the note locked, its SHA-256 kept.', params: idParamsSchema, body: signNoteSchema, response: noteSchema },
  addAddendum: { method: 'POST', path: '/api/notes/{id}/addenda', auth: 'staff', action: 'notes:write', summary: 'Add a dated, signed addendum to a signed note; the note itself never changes.', params: idParamsSchema, body: createAddendumSchema, response: addendumSchema, status: 201 },
  getCaseAccessHistory: { method: 'GET', path: '/api/cases/{id}/access-history', auth: 'staff', action: 'cases:accessHistory', summary: "Who read the case's clinical records, and when, newest first.", params: idParamsSchema, query: pageQuerySchema, response: pageOf(clinicalAccessSchema, 'ClinicalAccessPage') },
});
