/**
 * Sample requests for the case-file documents, forms and communications routes, merged into
 * sampleRequests.ts. A file sample uploads real bytes to the local S3 twin through its presigned URL.
 */
import type { ClinicFixture, FixtureIds } from '../fixtureTypes';

export const EMPTY_CLINICAL_RECORD_IDS = { documentId: '', formId: '' };

const SAMPLE_PDF = new TextEncoder().encode('%PDF-1.4\n% a sample referral letter\n%%EOF\n');

export const CLINICAL_RECORD_PATH_IDS: Readonly<Record<string, keyof FixtureIds>> = {
  '/api/cases/{id}/files': 'caseId',
  '/api/files/{id}/complete': 'documentId',
  '/api/files/{id}/download': 'documentId',
  '/api/cases/{id}/communications': 'caseId',
  '/api/cases/{id}/form-requests': 'caseId',
  '/api/cases/{id}/form-trends': 'caseId',
  '/api/form-requests/{id}': 'formId',
  '/api/form-requests/{id}/pdf': 'formId',
  '/api/form-requests/{id}/fill': 'formId',
  '/api/form-requests/{id}/resend': 'formId',
};

let unique = 0;

export const CLINICAL_RECORD_SAMPLE_BODIES: Readonly<Record<string, (ids: FixtureIds) => unknown>> = {
  requestCaseDocumentUpload: () => ({ fileName: `referral-${++unique}.pdf`, contentType: 'application/pdf', size: SAMPLE_PDF.byteLength, category: 'referral' }),
  sendFormRequest: () => ({ templateKey: 'consent-treatment', sendEmail: false }),
  fillFormForClient: () => ({ answers: { understood: true }, typedName: 'Sample Client' }),
  openPublicForm: () => ({ token: 'sample-token-that-opens-no-form-at-all' }),
  submitPublicForm: () => ({ token: 'sample-token-that-opens-no-form-at-all', answers: { understood: true }, typedName: 'Sample Client', signatureImage: 'data:image/png;base64,iVBORw0KGgo=', agreed: true }),
  recordCaseCommunication: () => ({ channel: 'phone', direction: 'inbound', summary: 'Called to ask about parking.' }),
};

interface UploadTicket {
  document: { documentId: string };
  upload: { url: string; headers: Record<string, string> };
}

/** A document announced and its bytes PUT through the presigned URL; `complete` says whether it is also confirmed. */
export async function sampleDocument(fixture: ClinicFixture, complete: boolean): Promise<Partial<FixtureIds>> {
  const owner = await fixture.api('owner');
  const announced = await owner.post<UploadTicket>(`/api/cases/${fixture.ids.caseId}/files`, CLINICAL_RECORD_SAMPLE_BODIES.requestCaseDocumentUpload!(fixture.ids));
  if (announced.status !== 201) throw new Error(`Could not announce a sample file: ${announced.status} ${announced.text}`);
  const put = await fetch(announced.body.upload.url, { method: 'PUT', headers: announced.body.upload.headers, body: SAMPLE_PDF });
  if (!put.ok) throw new Error(`Could not upload a sample file: ${put.status} ${await put.text()}`);
  const documentId = announced.body.document.documentId;
  if (complete) {
    const confirmed = await owner.post(`/api/files/${documentId}/complete`);
    if (confirmed.status !== 200) throw new Error(`Could not confirm a sample file: ${confirmed.status} ${confirmed.text}`);
  }
  return { documentId };
}

export const CLINICAL_RECORD_FRESH_IDS: Readonly<Record<string, (fixture: ClinicFixture) => Promise<Partial<FixtureIds>>>> = {
  completeCaseDocumentUpload: (fixture) => sampleDocument(fixture, false),
  downloadCaseDocument: (fixture) => sampleDocument(fixture, true),
  getFormRequest: (fixture) => sampleForm(fixture, false),
  fillFormForClient: (fixture) => sampleForm(fixture, false),
  resendFormLink: (fixture) => sampleForm(fixture, false),
  getFormRequestPdf: (fixture) => sampleForm(fixture, true),
};

/** A consent form prepared for filling in the clinic; `submitted` fills it too. */
export async function sampleForm(fixture: ClinicFixture, submitted: boolean): Promise<Partial<FixtureIds>> {
  const owner = await fixture.api('owner');
  const created = await owner.post<{ form: { formId: string } }>(`/api/cases/${fixture.ids.caseId}/form-requests`, CLINICAL_RECORD_SAMPLE_BODIES.sendFormRequest!(fixture.ids));
  if (created.status !== 201) throw new Error(`Could not create a sample form: ${created.status} ${created.text}`);
  const formId = created.body.form.formId;
  if (submitted) {
    const filled = await owner.post(`/api/form-requests/${formId}/fill`, CLINICAL_RECORD_SAMPLE_BODIES.fillFormForClient!(fixture.ids));
    if (filled.status !== 200) throw new Error(`Could not fill a sample form: ${filled.status} ${filled.text}`);
  }
  return { formId };
}
