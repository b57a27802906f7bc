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
};

let unique = 0;

export const CLINICAL_RECORD_SAMPLE_BODIES: Readonly<Record<string, (ids: FixtureIds) => unknown>> = {
  requestCaseDocumentUpload: () => ({ fileName: `referral-${++unique}.pdf`, contentType: 'application/pdf', size: SAMPLE_PDF.byteLength, category: 'referral' }),
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
};
