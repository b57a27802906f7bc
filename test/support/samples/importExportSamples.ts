/**
 * Samples for the import and export routes, merged into sampleRequests.ts. The dry run needs an
 * uploaded file and the start a checked import, so those samples get a fresh import each time,
 * uploaded (and checked, waiting for the background dry run) through the API as the console does it.
 */
import { strToU8, zipSync } from 'fflate';
import type { ClinicFixture, FixtureIds } from '../fixtureTypes';

export const EMPTY_IMPORT_EXPORT_IDS = { importId: '', exportId: '', archiveId: '' };

/** An export of another clinic with nothing in it: any clinic may restore it (it brings no records). */
const EMPTY_ARCHIVE = zipSync({ 'manifest.json': strToU8(JSON.stringify({ format: 'casefile-export', version: 1, clinicId: '01J00000000000000000000000', exportedAt: '2026-01-01T00:00:00.000Z', counts: {}, files: 0 })) });

export const IMPORT_EXPORT_SAMPLE_QUERIES: Readonly<Record<string, (ids: FixtureIds) => string>> = {
  exportCsv: () => '?kind=clients',
};

const SAMPLE_CSV = 'Client ID,First Name,Last Name\nsample-1,Robin,Sample\n';

export const IMPORT_EXPORT_PATH_IDS: Readonly<Record<string, keyof FixtureIds>> = {
  '/api/imports/{id}': 'importId',
  '/api/imports/{id}/check': 'importId',
  '/api/imports/{id}/start': 'importId',
  '/api/exports/{id}': 'exportId',
  '/api/imports/archives/{id}/restore': 'archiveId',
};

export const IMPORT_EXPORT_SAMPLE_BODIES: Readonly<Record<string, (ids: FixtureIds) => unknown>> = {
  createImport: () => ({ kind: 'clients', fileName: 'clients.csv', size: new TextEncoder().encode(SAMPLE_CSV).byteLength }),
  checkImport: () => ({ preset: 'generic' }),
  announceArchive: () => ({ size: EMPTY_ARCHIVE.byteLength }),
};

async function uploadedImport(fixture: ClinicFixture): Promise<Partial<FixtureIds>> {
  const owner = await fixture.api('owner');
  const created = await owner.post<{ import: { importId: string }; upload: { url: string; headers: Record<string, string> } }>('/api/imports', IMPORT_EXPORT_SAMPLE_BODIES.createImport!(fixture.ids));
  if (created.status !== 201) throw new Error(`Could not announce a sample import: ${created.status} ${created.text}`);
  const put = await fetch(created.body.upload.url, { method: 'PUT', headers: created.body.upload.headers, body: SAMPLE_CSV });
  if (put.status !== 200) throw new Error(`Could not upload a sample import: ${put.status}`);
  return { importId: created.body.import.importId };
}

/** The dry run is a background job: the sample waits until the stream consumer has checked the file. */
async function checkedImport(fixture: ClinicFixture): Promise<Partial<FixtureIds>> {
  const ids = await uploadedImport(fixture);
  const owner = await fixture.api('owner');
  const asked = await owner.post(`/api/imports/${ids.importId}/check`, { preset: 'generic' });
  if (asked.status !== 202) throw new Error(`Could not check a sample import: ${asked.status} ${asked.text}`);
  for (let attempt = 0; attempt < 200; attempt++) {
    const job = await owner.get<{ status: string }>(`/api/imports/${ids.importId}`);
    if (job.body.status === 'checked') return ids;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('A sample import was not checked within 10 seconds.');
}

async function startedExport(fixture: ClinicFixture): Promise<Partial<FixtureIds>> {
  const started = await (await fixture.api('owner')).post<{ exportId: string }>('/api/exports');
  if (started.status !== 202) throw new Error(`Could not start a sample export: ${started.status} ${started.text}`);
  return { exportId: started.body.exportId };
}

async function uploadedArchive(fixture: ClinicFixture): Promise<Partial<FixtureIds>> {
  const announced = await (await fixture.api('owner')).post<{ archiveId: string; upload: { url: string; headers: Record<string, string> } }>('/api/imports/archives', { size: EMPTY_ARCHIVE.byteLength });
  if (announced.status !== 201) throw new Error(`Could not announce a sample archive: ${announced.status} ${announced.text}`);
  const put = await fetch(announced.body.upload.url, { method: 'PUT', headers: announced.body.upload.headers, body: EMPTY_ARCHIVE });
  if (put.status !== 200) throw new Error(`Could not upload a sample archive: ${put.status}`);
  return { archiveId: announced.body.archiveId };
}

export const IMPORT_EXPORT_FRESH_IDS: Readonly<Record<string, (fixture: ClinicFixture) => Promise<Partial<FixtureIds>>>> = {
  getImport: uploadedImport,
  checkImport: uploadedImport,
  startImport: checkedImport,
  getExport: startedExport,
  restoreArchive: uploadedArchive,
};
