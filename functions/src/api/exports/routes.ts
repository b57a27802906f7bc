/** The export routes (SPEC P6), as data: CDK, the local gateway and the OpenAPI document read them without loading the handler. */
import { csvExportParamsSchema, exportJobSchema, idParamsSchema } from '@casefile/core';
import { defineRoutes } from '../../http/route';

export const exportsRoutes = defineRoutes('exports', {
  exportCsv: { method: 'GET', path: '/api/exports/csv', auth: 'staff', action: 'exports:read', summary: 'One kind of record of the whole clinic as CSV (text/csv): clients, cases (with their first payer), appointments, invoices, payments or the audit trail. The clients, cases and appointments columns are what the `casefile` import preset reads.', query: csvExportParamsSchema },
  startExport: { method: 'POST', path: '/api/exports', auth: 'staff', action: 'exports:read', summary: 'Start a full clinic export: every item as NDJSON plus the uploaded files, zipped, built in the background; follow it with GET.', response: exportJobSchema, status: 202 },
  getExport: { method: 'GET', path: '/api/exports/{id}', auth: 'staff', action: 'exports:read', summary: 'One export; once done, with a presigned link to the zip valid for 15 minutes (ask again for a new one).', params: idParamsSchema, response: exportJobSchema },
});
