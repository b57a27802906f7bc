import type { ImportJob } from '@casefile/core';
import type { StoredImportJob } from '@casefile/db';

/** The job as the API shows it: no storage keys. */
export function toImportJob(stored: StoredImportJob): ImportJob {
  return {
    importId: stored.importId,
    kind: stored.kind,
    fileName: stored.fileName,
    status: stored.status,
    mapping: stored.mapping,
    totalRows: stored.totalRows,
    processed: stored.processed,
    created: stored.created,
    existing: stored.existing,
    failed: stored.failed,
    errors: stored.errors,
    ...(stored.check ? { check: stored.check } : {}),
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
  };
}
