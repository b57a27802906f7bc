/** A small path router: the console's pages are few, and the local gateway falls back to index.html. */
import { useSyncExternalStore } from 'react';
import { isReportName, type ReportName } from '../reports/reportDefinitions';

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export function navigate(path: string): void {
  if (path === location.pathname + location.search) return;
  history.pushState(null, '', path);
  for (const listener of listeners) listener();
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => location.pathname);
}

export type Route =
  | { page: 'schedule' }
  | { page: 'clients' }
  | { page: 'client'; clientId: string }
  | { page: 'case'; caseId: string }
  | { page: 'statement'; clientId: string }
  | { page: 'aging' }
  | { page: 'unsigned-notes' }
  | { page: 'reports'; report: ReportName }
  | { page: 'dashboard' }
  | { page: 'settings'; section: string }
  | { page: 'tasks' }
  | { page: 'recalls' }
  | { page: 'waitlist' }
  | { page: 'not-found' };

/** Roles whose landing page is the Today dashboard (R5): they run the clinic; the others work the schedule. */
const DASHBOARD_LANDING = new Set(['owner', 'manager']);

/** The page for a path; `/` is the landing page of the signed-in role. The schedule is also at /schedule. */
export function matchRoute(path: string, role?: string): Route {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return role !== undefined && DASHBOARD_LANDING.has(role) ? { page: 'dashboard' } : { page: 'schedule' };
  if (parts[0] === 'schedule' && parts.length === 1) return { page: 'schedule' };
  if (parts[0] === 'clients' && parts.length === 1) return { page: 'clients' };
  if (parts[0] === 'clients' && parts[1] && parts[2] === 'statement') return { page: 'statement', clientId: parts[1] };
  if (parts[0] === 'reports' && isReportName(parts[1])) return { page: 'reports', report: parts[1] };
  if (parts[0] === 'dashboard') return { page: 'dashboard' };
  if (parts[0] === 'reports' && (parts[1] ?? 'aging') === 'aging') return { page: 'aging' };
  if (parts[0] === 'clients' && parts[1]) return { page: 'client', clientId: parts[1] };
  if (parts[0] === 'cases' && parts[1]) return { page: 'case', caseId: parts[1] };
  if (parts[0] === 'notes' && parts[1] === 'unsigned') return { page: 'unsigned-notes' };
  if (parts[0] === 'tasks' && parts.length === 1) return { page: 'tasks' };
  if (parts[0] === 'recalls' && parts.length === 1) return { page: 'recalls' };
  if (parts[0] === 'waitlist' && parts.length === 1) return { page: 'waitlist' };
  if (parts[0] === 'settings') return { page: 'settings', section: parts[1] ?? 'locations' };
  return { page: 'not-found' };
}
