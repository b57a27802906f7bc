import * as z from 'zod';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { idParamsSchema } from '@casefile/core';
import { createApiHandler } from '../src/http/createApiHandler';
import { defineRoutes } from '../src/http/route';

const routes = defineRoutes('platform', {
  renameThing: {
    method: 'PATCH',
    path: '/api/things/{id}',
    auth: 'staff',
    action: 'clinic:manage',
    summary: 'Rename a thing.',
    params: idParamsSchema,
    body: z.object({ name: z.string(), size: z.coerce.number().default(1) }),
  },
  getHealthOfThings: { method: 'GET', path: '/api/things/health', auth: 'public', summary: 'Liveness.' },
});

describe('defineRoutes', () => {
  it('gives each route its area and its key as operationId', () => {
    expect(routes.renameThing).toMatchObject({ fn: 'platform', operationId: 'renameThing', method: 'PATCH' });
    expect(routes.getHealthOfThings.operationId).toBe('getHealthOfThings');
  });
});

describe('createApiHandler types', () => {
  it("types each operation's input from its route's schemas", () => {
    createApiHandler(routes, {
      renameThing: async ({ params, body, caller }) => {
        expectTypeOf(params).toEqualTypeOf<{ id: string }>();
        expectTypeOf(body).toEqualTypeOf<{ name: string; size: number }>();
        expectTypeOf(caller.clinicId).toBeString();
        return body.name;
      },
      getHealthOfThings: async ({ body, caller }) => {
        expectTypeOf(body).toBeUndefined();
        expectTypeOf(caller).toBeUndefined();
        return 'ok';
      },
    });
  });

  it('refuses a missing or an extra operation at compile time (and a missing one at cold start)', () => {
    // @ts-expect-error getHealthOfThings has no operation.
    expect(() => createApiHandler(routes, { renameThing: async () => undefined })).toThrow(/has no operation getHealthOfThings/);
    createApiHandler(routes, {
      renameThing: async () => undefined,
      getHealthOfThings: async () => undefined,
      // @ts-expect-error No route is called notARoute.
      notARoute: async () => undefined,
    });
  });
});
