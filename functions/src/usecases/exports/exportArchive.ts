/**
 * The layout of a full clinic export (SPEC P6): `manifest.json` (source clinic, time, counts),
 * `items/<entity>.ndjson` (every item as stored, one JSON object per line) and `files/<documentId>/<name>`
 * (the uploaded documents). Zipped with fflate; read back by the restore.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { RAW_ENTITY_ATTRIBUTE, type RawItem } from '@casefile/db';
import { ValidationError } from '@casefile/core';

export interface ExportManifest {
  format: 'casefile-export';
  version: 1;
  clinicId: string;
  exportedAt: string;
  counts: Record<string, number>;
  files: number;
}

export function exportObjectKey(clinicId: string, exportId: string): string {
  return `exports/${clinicId}/${exportId}.zip`;
}

export function packArchive(input: { clinicId: string; exportedAt: string; items: readonly RawItem[]; files: ReadonlyMap<string, Uint8Array> }): { zip: Uint8Array; manifest: ExportManifest } {
  const byEntity = new Map<string, string[]>();
  for (const item of input.items) {
    const entity = String(item[RAW_ENTITY_ATTRIBUTE] ?? 'unknown');
    const lines = byEntity.get(entity) ?? [];
    lines.push(JSON.stringify(item));
    byEntity.set(entity, lines);
  }
  const counts = Object.fromEntries([...byEntity].map(([entity, lines]) => [entity, lines.length]));
  const manifest: ExportManifest = { format: 'casefile-export', version: 1, clinicId: input.clinicId, exportedAt: input.exportedAt, counts, files: input.files.size };
  const entries: Record<string, Uint8Array> = { 'manifest.json': strToU8(JSON.stringify(manifest, null, 2)) };
  for (const [entity, lines] of byEntity) entries[`items/${entity}.ndjson`] = strToU8(lines.join('\n') + '\n');
  // Documents are mostly PDFs and images, already compressed: stored as they are.
  for (const [path, bytes] of input.files) entries[`files/${path}`] = bytes;
  return { zip: zipSync(entries, { level: 6 }), manifest };
}

export function unpackArchive(zip: Uint8Array): { manifest: ExportManifest; items: RawItem[] } {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip, { filter: (file) => file.name === 'manifest.json' || file.name.startsWith('items/') });
  } catch (error) {
    throw new ValidationError('The file is not a zip archive.', [{ path: 'file', message: 'Upload a Casefile export (.zip).' }], { cause: error });
  }
  const manifestBytes = entries['manifest.json'];
  const manifest = manifestBytes ? (JSON.parse(strFromU8(manifestBytes)) as ExportManifest) : undefined;
  if (manifest?.format !== 'casefile-export') throw new ValidationError('The archive is not a Casefile export.', [{ path: 'file', message: 'manifest.json is missing or of another format.' }]);
  const items = Object.entries(entries)
    .filter(([name]) => name.startsWith('items/'))
    .flatMap(([, bytes]) => strFromU8(bytes).split('\n').filter(Boolean).map((line) => JSON.parse(line) as RawItem));
  return { manifest, items };
}
