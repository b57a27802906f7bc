/** The forms routes, as data: CDK, the local gateway and the OpenAPI document read them without loading the handler. */
import {
  createFormTemplateSchema,
  formSettingsSchema,
  formTemplatesQuerySchema,
  listedFormTemplateListSchema,
  listedFormTemplateSchema,
  updateFormTemplateSchema,
  createFormRequestSchema,
  formRequestListSchema,
  formRequestSchema,
  formRequestSentSchema,
  formTrendSchema,
  idParamsSchema,
  publicFormReceiptSchema,
  publicFormSchema,
  publicFormSubmitSchema,
  publicFormTokenSchema,
  staffFillFormSchema,
} from '@casefile/core';
import { defineRoutes } from '../../http/route';

export const formsRoutes = defineRoutes('forms', {
  listFormTemplates: { method: 'GET', path: '/api/form-templates', auth: 'staff', action: 'forms:list', summary: "The clinic's form library: the built-in intake, consents and scored outcome measures, then the clinic's own (`?includeRetired=true` adds retired ones).", query: formTemplatesQuerySchema, response: listedFormTemplateListSchema },
  createFormTemplate: { method: 'POST', path: '/api/form-templates', auth: 'staff', action: 'formTemplates:manage', summary: "Add a form template of the clinic's own (revision 1).", body: createFormTemplateSchema, response: listedFormTemplateSchema, status: 201 },
  getFormTemplate: { method: 'GET', path: '/api/form-templates/{id}', auth: 'staff', action: 'forms:list', summary: "One of the clinic's own form templates, at its current revision.", params: idParamsSchema, response: listedFormTemplateSchema },
  updateFormTemplate: { method: 'PATCH', path: '/api/form-templates/{id}', auth: 'staff', action: 'formTemplates:manage', summary: 'Revise or retire a form template: a change of what is asked is a new revision (forms already sent keep theirs); a scored measure keeps its scoring rule.', params: idParamsSchema, body: updateFormTemplateSchema, response: listedFormTemplateSchema },
  getFormSettings: { method: 'GET', path: '/api/form-settings', auth: 'staff', action: 'forms:list', summary: 'Which form templates a new online booking emails the client.', response: formSettingsSchema },
  putFormSettings: { method: 'PUT', path: '/api/form-settings', auth: 'staff', action: 'formTemplates:manage', summary: 'Set which form templates a new online booking emails the client (once per case and template).', body: formSettingsSchema, response: formSettingsSchema },
  sendFormRequest: { method: 'POST', path: '/api/cases/{id}/form-requests', auth: 'staff', action: 'forms:send', summary: 'Ask the client to fill a form: emails a signed link that expires (or, with sendEmail false, prepares it for staff to fill with the client).', params: idParamsSchema, body: createFormRequestSchema, response: formRequestSentSchema, status: 201 },
  listCaseForms: { method: 'GET', path: '/api/cases/{id}/form-requests', auth: 'staff', action: 'forms:list', summary: "A case's forms and their status, newest first (never their answers).", params: idParamsSchema, response: formRequestListSchema },
  getFormTrends: { method: 'GET', path: '/api/cases/{id}/form-trends', auth: 'staff', action: 'forms:read', summary: "Scored measures over the case's visits, one series per measure; the read is audited.", params: idParamsSchema, response: formTrendSchema },
  getFormRequest: { method: 'GET', path: '/api/form-requests/{id}', auth: 'staff', action: 'forms:read', summary: 'One form with its answers, score, signature and hash; the read is audited.', params: idParamsSchema, response: formRequestSchema },
  getFormRequestPdf: { method: 'GET', path: '/api/form-requests/{id}/pdf', auth: 'staff', action: 'forms:read', summary: 'A submitted form as a PDF (application/pdf); the read is audited.', params: idParamsSchema },
  fillFormForClient: { method: 'POST', path: '/api/form-requests/{id}/fill', auth: 'staff', action: 'forms:fill', summary: "Fill and submit a form on the client's behalf (marked as filled by staff).", params: idParamsSchema, body: staffFillFormSchema, response: formRequestSchema },
  openPublicForm: { method: 'POST', path: '/api/public/forms/open', auth: 'public', summary: 'The form a form link asks for (the token in the body, never the URL).', body: publicFormTokenSchema, response: publicFormSchema },
  submitPublicForm: { method: 'POST', path: '/api/public/forms/submit', auth: 'public', summary: 'Submit and sign the form once: typed name, drawn signature (PNG), the consent shown; answers a receipt with the SHA-256.', body: publicFormSubmitSchema, response: publicFormReceiptSchema, status: 201 },
});
