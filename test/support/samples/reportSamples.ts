/** Sample requests for the report routes, merged into sampleRequests.ts: a 4-week period ending today. */
import { addDays } from '@casefile/core';
import type { FixtureIds } from '../fixtureTypes';

const today = () => new Date().toISOString().slice(0, 10);
const period = (groupBy: string) => `?from=${addDays(today(), -27)}&to=${today()}&groupBy=${groupBy}`;

export const REPORT_SAMPLE_QUERIES: Readonly<Record<string, (ids: FixtureIds) => string>> = {
  getUtilizationReport: () => period('provider'),
  getAttendanceReport: () => period('weekday'),
  getRevenueReport: () => period('payerKind'),
  getCasesReport: () => period('payerKind'),
  getDashboard: () => `?date=${today()}`,
};
