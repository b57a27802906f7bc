import { createApiHandler } from '../../http/createApiHandler';
import { exportCsv } from '../../usecases/exports/csvExport';
import { getExport } from '../../usecases/exports/exportView';
import { startExport } from '../../usecases/exports/startExport';
import { exportsRoutes } from './routes';

/** CSV exports and full clinic exports (SPEC P6). */
export const handler = createApiHandler(exportsRoutes, {
  exportCsv: (input) => exportCsv(input, input.query.kind),
  startExport: (input) => startExport(input),
  getExport: (input) => getExport(input, input.params.id),
});
