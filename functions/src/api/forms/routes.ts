/** The forms routes, as data: CDK, the local gateway and the OpenAPI document read them without loading the handler. */
import {
  createFormRequestSchema,
  formRequestListSchema,
  formRequestSchema,
  formRequestSentSchema,
  formTemplateListSchema,
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
  listFormTemplates: { method: 'GET', path: '/api/form-templates', auth: 'staff', action: 'forms:list', summary: "The clinic's form library: intake, consents and scored outcome measures.", response: formTemplateListSchema },
  sendFormRequest: { method: 'POST', path: '/api/cases/{id}/form-requests', auth: 'staff', action: 'forms:send', summary: 'Ask the client to fill a form: emails a signed link that expires (or, with sendEmail false, prepares it for staff to fill with the client).', params: idParamsSchema, body: createFormRequestSchema, response: formRequestSentSchema, status: 201 },
  listCaseForms: { method: 'GET', path: '/api/cases/{id}/form-requests', auth: 'staff', action: 'forms:list', summary: "A case's forms and their status, newest first (never their answers).", params: idParamsSchema, response: formRequestListSchema },
  getFormTrends: { method: 'GET', path: '/api/cases/{id}/form-trends', auth: 'staff', action: 'forms:read', summary: "Scored measures over the case's visits, one series per measure; the read is audited.", params: idParamsSchema, response: formTrendSchema },
  getFormRequest: { method: 'GET', path: '/api/form-requests/{id}', auth: 'staff', action: 'forms:read', summary: 'One form with its answers, score, signature and hash; the read is audited.', params: idParamsSchema, response: formRequestSchema },
  getFormRequestPdf: { method: 'GET', path: '/api/form-requests/{id}/pdf', auth: 'staff', action: 'forms:read', summary: 'A submitted form as a PDF (application/pdf); the read is audited.', params: idParamsSchema },
  fillFormForClient: { method: 'POST', path: '/api/form-requests/{id}/fill', auth: 'staff', action: 'forms:fill', summary: "Fill and submit a form on the client's behalf (marked as filled by staff).", params: idParamsSchema, body: staffFillFormSchema, response: formRequestSchema },
  openPublicForm: { method: 'POST', path: '/api/public/forms/open', auth: 'public', summary: 'The form a form link asks for (the token in the body, never the URL).', body: publicFormTokenSchema, response: publicFormSchema },
  submitPublicForm: { method: 'POST', path: '/api/public/forms/submit', auth: 'public', summary: 'Submit and sign the form once: typed name, drawn signature (PNG), the consent shown; answers a receipt with the SHA-256.', body: publicFormSubmitSchema, response: publicFormReceiptSchema, status: 201 },
});
