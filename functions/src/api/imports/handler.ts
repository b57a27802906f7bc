import { createApiHandler } from '../../http/createApiHandler';
import { checkImport } from '../../usecases/imports/checkImport';
import { createImport } from '../../usecases/imports/createImport';
import { startImport } from '../../usecases/imports/startImport';
import { toImportJob } from '../../usecases/imports/toImportJob';
import { announceArchive, restoreArchive } from '../../usecases/exports/restoreArchive';
import { importsRoutes } from './routes';

/** CSV imports of clients, cases and appointments (SPEC P6). */
export const handler = createApiHandler(importsRoutes, {
  listImports: async ({ repos }) => ({ items: (await repos.imports.list(50)).map(toImportJob) }),
  createImport: (input) => createImport(input, input.body),
  getImport: async ({ repos, params }) => toImportJob(await repos.imports.get(params.id)),
  checkImport: (input) => checkImport(input, input.params.id, input.body),
  announceArchive: (input) => announceArchive(input, input.body.size),
  restoreArchive: (input) => restoreArchive(input, input.params.id),
  startImport: (input) => startImport(input, input.params.id),
});
