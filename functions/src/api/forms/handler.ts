import { FORM_TEMPLATES } from '@casefile/core';
import { createApiHandler } from '../../http/createApiHandler';
import { formPdf } from '../../usecases/forms/formPdf';
import { formTrends } from '../../usecases/forms/formTrends';
import { openPublicForm, submitPublicForm } from '../../usecases/forms/publicForm';
import { sendFormRequest } from '../../usecases/forms/sendFormRequest';
import { fillFormForClient, listCaseForms, readForm } from '../../usecases/forms/staffForms';
import { formsRoutes } from './routes';

/** Forms with e-signature: the library, requests by email link, the client's page, staff reads (audited). */
export const handler = createApiHandler(formsRoutes, {
  listFormTemplates: async () => ({ items: [...FORM_TEMPLATES] }),
  sendFormRequest: (input) => sendFormRequest(input, input.params.id, input.body),
  listCaseForms: (input) => listCaseForms(input, input.params.id),
  getFormTrends: (input) => formTrends(input, input.params.id),
  getFormRequest: (input) => readForm(input, input.params.id),
  getFormRequestPdf: (input) => formPdf(input, input.params.id),
  fillFormForClient: (input) => fillFormForClient(input, input.params.id, input.body),
  openPublicForm: ({ runtime, body }) => openPublicForm(runtime, body.token),
  submitPublicForm: ({ runtime, event, body }) => submitPublicForm(runtime, event, body),
});
