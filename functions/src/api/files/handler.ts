import { createApiHandler } from '../../http/createApiHandler';
import { completeUpload } from '../../usecases/files/completeUpload';
import { downloadDocument } from '../../usecases/files/downloadDocument';
import { listCaseDocuments } from '../../usecases/files/listCaseDocuments';
import { requestUpload } from '../../usecases/files/requestUpload';
import { filesRoutes } from './routes';

/** Files on case files: presigned uploads to the documents bucket, checked on completion, presigned downloads. */
export const handler = createApiHandler(filesRoutes, {
  requestCaseDocumentUpload: (input) => requestUpload(input, input.params.id, input.body),
  completeCaseDocumentUpload: (input) => completeUpload(input, input.params.id),
  listCaseDocuments: (input) => listCaseDocuments(input, input.params.id),
  downloadCaseDocument: (input) => downloadDocument(input, input.params.id),
});
