/** Imports from another system and exports of a clinic (SPEC P6): the API's requests and answers. */
import * as z from 'zod';
import { IMPORT_PRESETS } from '../imports/columnMapping';
import { IMPORT_KINDS } from '../imports/importFields';
import { instantSchema, ulidSchema } from './common';
import { presignedRequestSchema } from './caseDocument';

/** 50,000 client rows of a typical export are about 8 MB; this leaves room for wide files. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
/** Row errors kept on an import (the dry run reports them all by count, these by line and column). */
export const IMPORT_ERRORS_KEPT = 200;
export const IMPORT_PREVIEW_ROWS = 20;

/**
 * `checking`: the dry run runs in the background (like the import itself); `checked`: its result is on
 * the job and the import may start.
 */
export const IMPORT_STATUSES = ['uploading', 'checking', 'checked', 'running', 'done'] as const;
export const EXPORT_STATUSES = ['running', 'done'] as const;
/** What can be downloaded as CSV on its own. */
export const CSV_EXPORT_KINDS = ['clients', 'cases', 'appointments', 'invoices', 'payments', 'audit'] as const;
export type CsvExportKind = (typeof CSV_EXPORT_KINDS)[number];

export const createImportSchema = z
  .strictObject({
    kind: z.enum(IMPORT_KINDS),
    fileName: z.string().trim().min(1).max(200),
    size: z.number().int().min(1).max(MAX_IMPORT_BYTES),
  })
  .meta({ id: 'CreateImport', description: 'Announce a CSV file: answers a presigned PUT bound to its size (text/csv).' });

export const checkImportSchema = z
  .strictObject({
    preset: z.enum(IMPORT_PRESETS).default('generic').meta({ description: 'Which header names to recognise: `casefile` (our own CSV exports) or `generic` (common spreadsheet names).' }),
    mapping: z.record(z.string().max(40), z.string().max(200)).optional().meta({ description: 'field -> CSV header, over the preset\'s guess.' }),
  })
  .meta({ id: 'CheckImport' });

export const importRowErrorSchema = z
  .object({ line: z.number().int(), column: z.string(), field: z.string(), message: z.string() })
  .meta({ id: 'ImportRowError' });

export const importCheckSchema = z
  .object({
    /** Rows checked so far (of the job's `totalRows`): the dry run's progress. */
    checked: z.number().int(),
    mappingProblems: z.array(z.object({ field: z.string(), message: z.string() })),
    /** Rows the import would create. */
    validRows: z.number().int(),
    /** Rows with at least one error: the import would refuse them. */
    errorRows: z.number().int(),
    /** Valid rows whose external id is already imported (a re-run leaves them). */
    alreadyImported: z.number().int(),
    /** Row errors in all; `errors` holds the first 200 of them. */
    errorCount: z.number().int(),
    errors: z.array(importRowErrorSchema),
    preview: z.array(z.object({ line: z.number().int(), values: z.record(z.string(), z.unknown()) })),
  })
  .meta({ id: 'ImportCheck', description: 'A dry run: what the import would create (counts and a preview of the first 20 rows), and the rows it would refuse (all counted, the first 200 errors by line and column).' });

export const importJobSchema = z
  .object({
    importId: ulidSchema,
    kind: z.enum(IMPORT_KINDS),
    fileName: z.string(),
    status: z.enum(IMPORT_STATUSES),
    mapping: z.record(z.string(), z.string()),
    totalRows: z.number().int(),
    /** Rows processed by the running job so far. */
    processed: z.number().int(),
    created: z.number().int(),
    /** Rows whose external id was imported before: left as they are. */
    existing: z.number().int(),
    failed: z.number().int(),
    /** Row errors of the running import (the first 200). */
    errors: z.array(importRowErrorSchema),
    /** The dry run, once asked for: its progress while `checking`, its result once `checked`. */
    check: importCheckSchema.optional(),
    createdAt: instantSchema,
    updatedAt: instantSchema,
  })
  .meta({ id: 'ImportJob' });

export const importUploadSchema = z.object({ import: importJobSchema, upload: presignedRequestSchema }).meta({ id: 'ImportUpload' });

export const csvExportParamsSchema = z.strictObject({ kind: z.enum(CSV_EXPORT_KINDS) });

export const exportJobSchema = z
  .object({
    exportId: ulidSchema,
    status: z.enum(EXPORT_STATUSES),
    /** Items written so far. */
    items: z.number().int(),
    files: z.number().int(),
    createdAt: instantSchema,
    updatedAt: instantSchema,
    download: presignedRequestSchema.optional().meta({ description: 'Once done: the zip, through a link valid for 15 minutes.' }),
  })
  .meta({ id: 'ExportJob' });

export type CreateImport = z.output<typeof createImportSchema>;
export type CheckImport = z.output<typeof checkImportSchema>;
export type ImportJob = z.infer<typeof importJobSchema>;
export type ImportCheck = z.infer<typeof importCheckSchema>;
export type ExportJob = z.infer<typeof exportJobSchema>;
