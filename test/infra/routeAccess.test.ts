import { describe, expect, it } from 'vitest';
import type { RouteDefinition } from '../../functions/src/routes';
import { publicRouteKeys, tableAccessFor } from '../../infra/lib/routeAccess';

const route = (method: RouteDefinition['method'], fn: RouteDefinition['fn'], auth: 'staff' | 'public' = 'staff'): RouteDefinition =>
  auth === 'staff'
    ? { method, path: `/api/${fn}`, fn, auth, action: 'clinic:read', operationId: `${method}${fn}`, summary: '' }
    : { method, path: `/api/${fn}`, fn, auth, operationId: `${method}${fn}`, summary: '' };

describe('tableAccessFor', () => {
  it.each([
    ['an area with only GET routes', 'read', [route('GET', 'audit'), route('GET', 'audit')]],
    ['an area with any other method', 'readWrite', [route('GET', 'clients'), route('PATCH', 'clients')]],
  ] as const)('gives %s %s access', (_case, expected, routes) => {
    expect(tableAccessFor(routes[0].fn, routes)).toBe(expected);
  });

  it("ignores other areas' routes", () => {
    expect(tableAccessFor('audit', [route('GET', 'audit'), route('POST', 'team')])).toBe('read');
  });
});

describe('publicRouteKeys', () => {
  it('lists the route keys of public routes only', () => {
    expect(publicRouteKeys([route('GET', 'platform', 'public'), route('POST', 'team')])).toEqual(['GET /api/platform']);
  });
});
