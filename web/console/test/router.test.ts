import { describe, expect, it } from 'vitest';
import { matchRoute } from '../src/app/router';

describe('matchRoute', () => {
  it('maps the console’s paths to pages', () => {
    expect(matchRoute('/')).toEqual({ page: 'schedule' });
    expect(matchRoute('/clients')).toEqual({ page: 'clients' });
    expect(matchRoute('/clients/01ABC')).toEqual({ page: 'client', clientId: '01ABC' });
    expect(matchRoute('/cases/01XYZ/')).toEqual({ page: 'case', caseId: '01XYZ' });
    expect(matchRoute('/settings')).toEqual({ page: 'settings', section: 'locations' });
    expect(matchRoute('/settings/shifts')).toEqual({ page: 'settings', section: 'shifts' });
    expect(matchRoute('/clients/01ABC/statement')).toEqual({ page: 'statement', clientId: '01ABC' });
    expect(matchRoute('/reports/aging')).toEqual({ page: 'aging' });
    expect(matchRoute('/reports')).toEqual({ page: 'aging' });
    expect(matchRoute('/reports/other')).toEqual({ page: 'not-found' });
    expect(matchRoute('/nowhere')).toEqual({ page: 'not-found' });
    expect(matchRoute('/reports/cases')).toEqual({ page: 'reports', report: 'cases' });
  });

  it('lands owners and managers on the Today dashboard, everyone else on the schedule (also at /schedule)', () => {
    expect(matchRoute('/', 'owner')).toEqual({ page: 'dashboard' });
    expect(matchRoute('/', 'manager')).toEqual({ page: 'dashboard' });
    for (const role of ['front_desk', 'provider', 'billing']) expect(matchRoute('/', role)).toEqual({ page: 'schedule' });
    expect(matchRoute('/schedule', 'owner')).toEqual({ page: 'schedule' });
  });
});
