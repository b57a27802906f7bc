/** The import routes (SPEC P6), as data: CDK, the local gateway and the OpenAPI document read them without loading the handler. */
import * as z from 'zod';
import { checkImportSchema, createImportSchema, idParamsSchema, importCheckSchema, importJobSchema, importUploadSchema } from '@casefile/core';
import { defineRoutes } from '../../http/route';

const importListSchema = z.object({ items: z.array(importJobSchema) }).meta({ id: 'ImportJobList' });

export const importsRoutes = defineRoutes('imports', {
  listImports: { method: 'GET', path: '/api/imports', auth: 'staff', action: 'imports:run', summary: "The clinic's imports, newest first (the last 50).", response: importListSchema },
  createImport: { method: 'POST', path: '/api/imports', auth: 'staff', action: 'imports:run', summary: 'Announce a CSV file of clients, cases or appointments: answers a presigned PUT (text/csv, bound to its size), valid for 15 minutes.', body: createImportSchema, response: importUploadSchema, status: 201 },
  getImport: { method: 'GET', path: '/api/imports/{id}', auth: 'staff', action: 'imports:run', summary: 'One import and its progress (rows processed, created, already there, failed, first 200 row errors).', params: idParamsSchema, response: importJobSchema },
  checkImport: { method: 'POST', path: '/api/imports/{id}/check', auth: 'staff', action: 'imports:run', summary: 'The dry run: map the columns (a preset plus overrides), check every row and reference, and report row errors by line and column with a preview. Writes no records.', params: idParamsSchema, body: checkImportSchema, response: importCheckSchema },
  startImport: { method: 'POST', path: '/api/imports/{id}/start', auth: 'staff', action: 'imports:run', summary: 'Run a checked import as a background job, in batches; follow it with GET. Rows already imported (same external id) are left as they are.', params: idParamsSchema, response: importJobSchema, status: 202 },
});
