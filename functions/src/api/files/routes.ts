/** The case-file documents routes, as data: CDK, the local gateway and the OpenAPI document read them without loading the handler. */
import { caseDocumentListSchema, caseDocumentSchema, caseDocumentUploadSchema, createCaseDocumentSchema, idParamsSchema, presignedRequestSchema } from '@casefile/core';
import { defineRoutes } from '../../http/route';

export const filesRoutes = defineRoutes('files', {
  requestCaseDocumentUpload: { method: 'POST', path: '/api/cases/{id}/files', auth: 'staff', action: 'files:upload', summary: 'Announce a file for a case: answers a presigned PUT bound to its size (at most 25 MB) and type (allow-listed), valid for 15 minutes.', params: idParamsSchema, body: createCaseDocumentSchema, response: caseDocumentUploadSchema, status: 201 },
  completeCaseDocumentUpload: { method: 'POST', path: '/api/files/{id}/complete', auth: 'staff', action: 'files:upload', summary: 'Confirm an upload: the stored object must have the announced size and type.', params: idParamsSchema, response: caseDocumentSchema },
  listCaseDocuments: { method: 'GET', path: '/api/cases/{id}/files', auth: 'staff', action: 'files:list', summary: "A case's files, newest first (names and status, not contents).", params: idParamsSchema, response: caseDocumentListSchema },
  downloadCaseDocument: { method: 'GET', path: '/api/files/{id}/download', auth: 'staff', action: 'files:read', summary: 'A presigned GET for the file, valid for 5 minutes; the read is audited.', params: idParamsSchema, response: presignedRequestSchema },
});
