/** What each API function may do to the table, derived from the route table. */
import { type ApiFunctionName, type RouteDefinition, routeKey } from '../../functions/src/routes';
import { EMAIL_CODE_KEYS, OCCUPANCY_KEYS, type TableAccess } from './tableGrants';

/**
 * Areas with only GET routes read; `platform` (health) reads one probe key; the public booking area
 * writes but deletes only calendar occupancy claims (moving or canceling a booking) and spent email
 * codes; other areas read and write.
 */
export function tableAccessFor(fn: ApiFunctionName, routes: readonly RouteDefinition[]): TableAccess {
  if (fn === 'platform') return { read: 'probe' };
  if (fn === 'public') return { read: 'all', write: ['PutItem', 'UpdateItem', 'DeleteItem'], deleteOnly: [OCCUPANCY_KEYS, EMAIL_CODE_KEYS] };
  const own = routes.filter((route) => route.fn === fn);
  return own.length > 0 && own.every((route) => route.method === 'GET') ? 'read' : 'readWrite';
}

/** The route keys API Gateway uses (`GET /api/health`), for route-level stage settings. */
export function publicRouteKeys(routes: readonly RouteDefinition[]): string[] {
  return routes.filter((route) => route.auth === 'public').map(routeKey);
}
