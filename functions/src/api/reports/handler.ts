import { createApiHandler, type OperationInput } from '../../http/createApiHandler';
import type { StaffContext } from '../../usecases/context';
import type { CallerIdentity } from '../../http/staffIdentity';
import { getAttendanceReport } from '../../usecases/reports/getAttendanceReport';
import { getCasesReport } from '../../usecases/reports/getCasesReport';
import { getDashboard } from '../../usecases/reports/getDashboard';
import { getRevenueReport } from '../../usecases/reports/getRevenueReport';
import { getUtilizationReport } from '../../usecases/reports/getUtilizationReport';
import { csvBody, wantsCsv } from './csvBody';
import { reportsRoutes } from './routes';

const staff = (input: Pick<OperationInput, 'repos' | 'runtime'> & { caller: CallerIdentity }): StaffContext => ({ repos: input.repos, runtime: input.runtime, caller: input.caller });

/** Reports read rollups; each answers JSON, or its rows as CSV when asked. */
export const handler = createApiHandler(reportsRoutes, {
  getUtilizationReport: async (input) => {
    const report = await getUtilizationReport(staff(input), input.query);
    return wantsCsv(input.event) ? csvBody('utilization', report) : report;
  },
  getAttendanceReport: async (input) => {
    const report = await getAttendanceReport(staff(input), input.query);
    return wantsCsv(input.event) ? csvBody('attendance', report) : report;
  },
  getRevenueReport: async (input) => {
    const report = await getRevenueReport(staff(input), input.query);
    return wantsCsv(input.event) ? csvBody('revenue', report) : report;
  },
  getCasesReport: async (input) => {
    const report = await getCasesReport(staff(input), input.query);
    return wantsCsv(input.event) ? csvBody('cases', report) : report;
  },
  getDashboard: (input) => getDashboard(staff(input), input.query),
});
