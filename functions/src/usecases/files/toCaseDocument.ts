import type { CaseDocument } from '@casefile/core';
import type { StoredCaseDocument } from '@casefile/db';

/** The API view: the object key stays on the server. */
export function toCaseDocument(stored: StoredCaseDocument): CaseDocument {
  const { clinicId: _clinicId, objectKey: _objectKey, version: _version, ...document } = stored;
  return document;
}
