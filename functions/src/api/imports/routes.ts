/** The import routes (SPEC P6), as data: CDK, the local gateway and the OpenAPI document read them without loading the handler. */
import * as z from 'zod';
import { checkImportSchema, createImportSchema, idParamsSchema, importJobSchema, importUploadSchema, MAX_IMPORT_BYTES, presignedRequestSchema, ulidSchema } from '@casefile/core';
import { defineRoutes } from '../../http/route';

const announceArchiveSchema = z.strictObject({ size: z.number().int().min(1).max(MAX_IMPORT_BYTES) }).meta({ id: 'AnnounceArchive' });
const archiveUploadSchema = z.object({ archiveId: ulidSchema, upload: presignedRequestSchema }).meta({ id: 'ArchiveUpload' });
const restoredSchema = z.object({ restored: z.number().int(), counts: z.record(z.string(), z.number().int()) }).meta({ id: 'ArchiveRestored' });
const importListSchema = z.object({ items: z.array(importJobSchema) }).meta({ id: 'ImportJobList' });

export const importsRoutes = defineRoutes('imports', {
  listImports: { method: 'GET', path: '/api/imports', auth: 'staff', action: 'imports:run', summary: "The clinic's imports, newest first (the last 50).", response: importListSchema },
  createImport: { method: 'POST', path: '/api/imports', auth: 'staff', action: 'imports:run', summary: 'Announce a CSV file of clients, cases or appointments: answers a presigned PUT (text/csv, bound to its size), valid for 15 minutes.', body: createImportSchema, response: importUploadSchema, status: 201 },
  getImport: { method: 'GET', path: '/api/imports/{id}', auth: 'staff', action: 'imports:run', summary: 'One import and its progress: while `checking`, the dry run\'s (`check.checked` of `totalRows`); once `checked`, the dry run\'s result in `check`; while `running`, the rows processed, created, already there and failed, with the first 200 row errors.', params: idParamsSchema, response: importJobSchema },
  checkImport: { method: 'POST', path: '/api/imports/{id}/check', auth: 'staff', action: 'imports:run', summary: 'Start the dry run as a background job: it maps the columns (a preset plus overrides), checks every row and reference, and puts on the job the counts, a preview and the row errors by line and column (the first 200; all counted). Follow it with GET until `checked`. Writes no records. Asking again starts it over with the new columns.', params: idParamsSchema, body: checkImportSchema, response: importJobSchema, status: 202 },
  announceArchive: { method: 'POST', path: '/api/imports/archives', auth: 'staff', action: 'imports:run', summary: 'Announce a full Casefile export (.zip) to restore into this clinic: answers a presigned PUT (application/zip) valid for 15 minutes.', body: announceArchiveSchema, response: archiveUploadSchema, status: 201 },
  restoreArchive: { method: 'POST', path: '/api/imports/archives/{id}/restore', auth: 'staff', action: 'imports:run', summary: 'Restore an uploaded export into this clinic, which must have no clients yet: every record keeps its ids, numbers, balances and audit trail (the clinic and its team stay its own).', params: idParamsSchema, response: restoredSchema },
  startImport: { method: 'POST', path: '/api/imports/{id}/start', auth: 'staff', action: 'imports:run', summary: 'Run a checked import (its dry run done, with no column problems) as a background job, in batches; follow it with GET. Rows already imported (same external id) are left as they are.', params: idParamsSchema, response: importJobSchema, status: 202 },
});
