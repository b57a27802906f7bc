import { createApiHandler } from '../../http/createApiHandler';
import { formPdf } from '../../usecases/forms/formPdf';
import { getFormSettings, putFormSettings } from '../../usecases/forms/formSettings';
import { createFormTemplate, getFormTemplate, listFormTemplates, updateFormTemplate } from '../../usecases/forms/formTemplates';
import { formTrends } from '../../usecases/forms/formTrends';
import { openPublicForm, submitPublicForm } from '../../usecases/forms/publicForm';
import { resendFormLink } from '../../usecases/forms/resendFormLink';
import { sendFormRequest } from '../../usecases/forms/sendFormRequest';
import { fillFormForClient, listCaseForms, readForm } from '../../usecases/forms/staffForms';
import { formsRoutes } from './routes';

/** Forms with e-signature: the library, requests by email link, the client's page, staff reads (audited). */
export const handler = createApiHandler(formsRoutes, {
  listFormTemplates: (input) => listFormTemplates(input, input.query),
  createFormTemplate: (input) => createFormTemplate(input, input.body),
  getFormTemplate: (input) => getFormTemplate(input, input.params.id),
  updateFormTemplate: (input) => updateFormTemplate(input, input.params.id, input.body),
  getFormSettings: (input) => getFormSettings(input),
  putFormSettings: (input) => putFormSettings(input, input.body),
  sendFormRequest: (input) => sendFormRequest(input, input.params.id, input.body),
  listCaseForms: (input) => listCaseForms(input, input.params.id),
  getFormTrends: (input) => formTrends(input, input.params.id),
  getFormRequest: (input) => readForm(input, input.params.id),
  getFormRequestPdf: (input) => formPdf(input, input.params.id),
  fillFormForClient: (input) => fillFormForClient(input, input.params.id, input.body),
  resendFormLink: (input) => resendFormLink(input, input.params.id),
  openPublicForm: ({ runtime, event, body }) => openPublicForm(runtime, event, body.token),
  submitPublicForm: ({ runtime, event, body }) => submitPublicForm(runtime, event, body),
});
