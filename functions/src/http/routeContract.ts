/**
 * What the route table promises integrators, read from each route's own schemas so that a new route
 * gets it without saying so: which lists support incremental sync (`updatedSince`), which reads carry
 * an `ETag`, which writes honour `If-Match`. The handler pipeline and the OpenAPI document both ask here.
 */
import * as z from 'zod';
import { type RouteDefinition, routeKey } from './route';

/** The field a list item's last change is read from. */
export const CHANGE_TIME_FIELD = 'updatedAt';

function objectShape(schema: z.ZodType | undefined): Record<string, z.ZodType> | undefined {
  return schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : undefined;
}

/** A list route is a GET answering `{ items: [...] }` (paged or not). */
export function listItemSchema(route: RouteDefinition): z.ZodType | undefined {
  if (route.method !== 'GET') return undefined;
  const items = objectShape(route.response)?.items;
  return items instanceof z.ZodArray ? (items.element as z.ZodType) : undefined;
}

/**
 * A list supports `updatedSince` when its items carry `updatedAt`. Lists of computed rows (matches,
 * trends, templates from code) and logs without a change time do not; the README names them.
 */
export function supportsUpdatedSince(route: RouteDefinition): boolean {
  const item = objectShape(listItemSchema(route));
  return item !== undefined && CHANGE_TIME_FIELD in item;
}

/** The GET of the same path, whose representation an `If-Match` on a write is compared with. */
export function readRouteOf(route: RouteDefinition, routes: Iterable<RouteDefinition>): RouteDefinition | undefined {
  if (route.method === 'GET') return undefined;
  const key = routeKey({ method: 'GET', path: route.path });
  for (const candidate of routes) if (routeKey(candidate) === key) return candidate;
  return undefined;
}

/** A PATCH honours `If-Match` when the same path can be read (that is where its `ETag` comes from). */
export function honoursIfMatch(route: RouteDefinition, routes: Iterable<RouteDefinition>): boolean {
  return route.method === 'PATCH' && readRouteOf(route, routes) !== undefined;
}

/**
 * Which successful answers carry an `ETag`: a single-resource GET (not a list, not a file), and a PATCH
 * whose answer is the same representation as the GET of its path (so the tag can be sent straight back).
 */
export function carriesEntityTag(route: RouteDefinition, routes: Iterable<RouteDefinition>): boolean {
  if (route.produces || !route.response) return false;
  if (route.method === 'GET') return listItemSchema(route) === undefined;
  if (route.method !== 'PATCH') return false;
  const read = readRouteOf(route, routes);
  return read !== undefined && read.response === route.response;
}
