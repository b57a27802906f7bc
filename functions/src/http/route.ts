/**
 * The shape of a route, and `defineRoutes`, which each area's `api/<area>/routes.ts` uses to declare
 * its routes as data. This file imports no route table, so the tables can import it without a cycle.
 */
import type * as z from 'zod';
import type { Action } from '@casefile/core';

/** One Lambda per area; `functions/src/api/<fn>/handler.ts` exports its `handler`. */
export const API_FUNCTIONS = ['platform', 'settings', 'team', 'clients', 'audit', 'calendars', 'availability', 'appointments', 'public', 'notifications', 'billing', 'notes', 'waitlist', 'tasks', 'reports', 'files', 'communications', 'forms', 'webhooks', 'imports', 'exports', 'feeds'] as const;
export type ApiFunctionName = (typeof API_FUNCTIONS)[number];

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RouteBase {
  method: HttpMethod;
  /** API Gateway path, with `{name}` parameters, always under `/api/`. */
  path: `/api/${string}`;
  fn: ApiFunctionName;
  /** The key of the route in its area's table; also the OpenAPI operationId. */
  operationId: string;
  summary: string;
  /** Longer prose for the API description; the summary stands in when absent. */
  description?: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response?: z.ZodType;
  /** A non-JSON success body (the operation returns a `BinaryBody` of this type). */
  produces?: 'application/pdf';
  /** Success status; 200 unless stated. */
  status?: 200 | 201 | 202 | 204;
}

/** Staff routes sit behind the JWT authorizer and name the one permission they need. */
export interface StaffRoute extends RouteBase {
  auth: 'staff';
  action: Action;
}

/** Public routes have no authorizer (health, the API description, the booking pages' API). */
export interface PublicRoute extends RouteBase {
  auth: 'public';
}

export type RouteDefinition = StaffRoute | PublicRoute;

/** A route as an area writes it: `fn` and `operationId` come from the table it sits in. */
export type RouteSpec = Omit<StaffRoute, 'fn' | 'operationId'> | Omit<PublicRoute, 'fn' | 'operationId'>;

/** An area's routes keyed by operation name, each knowing its area and name. */
export type RouteTable<Fn extends ApiFunctionName = ApiFunctionName> = { readonly [operationId: string]: RouteDefinition & { fn: Fn } };

type DefinedRoutes<Fn extends ApiFunctionName, Specs> = { readonly [K in keyof Specs & string]: Specs[K] & { fn: Fn; operationId: K } };

/**
 * Declares one area's routes. The literal types (schemas included) are kept, so the area's handler
 * gets each operation's input types from its route.
 */
export function defineRoutes<Fn extends ApiFunctionName, const Specs extends { readonly [operationId: string]: RouteSpec }>(
  fn: Fn,
  specs: Specs,
): DefinedRoutes<Fn, Specs> {
  // Filled key by key just below, each entry being its spec plus the area and the key it sits under.
  const routes = {} as DefinedRoutes<Fn, Specs>;
  for (const [operationId, spec] of Object.entries(specs)) Object.assign(routes, { [operationId]: { ...spec, fn, operationId } });
  return routes;
}

export function routeKey(route: Pick<RouteDefinition, 'method' | 'path'>): string {
  return `${route.method} ${route.path}`;
}
