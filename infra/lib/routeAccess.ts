/** What each API function may do to the table, derived from the route table. */
import { type ApiFunctionName, type RouteDefinition, routeKey } from '../../functions/src/routes';
import type { TableAccess } from './tableGrants';

/** An area that only answers GET routes gets read-only table access. */
export function tableAccessFor(fn: ApiFunctionName, routes: readonly RouteDefinition[]): TableAccess {
  const own = routes.filter((route) => route.fn === fn);
  return own.length > 0 && own.every((route) => route.method === 'GET') ? 'read' : 'readWrite';
}

/** The route keys API Gateway uses (`GET /api/health`), for route-level stage settings. */
export function publicRouteKeys(routes: readonly RouteDefinition[]): string[] {
  return routes.filter((route) => route.auth === 'public').map(routeKey);
}
