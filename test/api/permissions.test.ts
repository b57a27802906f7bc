import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAllowed, ROLES } from '@casefile/core';
import { ROUTES, type StaffRoute } from '../../functions/src/routes';
import { errorMediaType } from '../support/errorAnswers';
import { sampleRequest } from '../support/sampleRequests';
import { startWorld, type World } from '../support/world';

const cases = ROUTES.filter((route): route is StaffRoute => route.auth === 'staff').flatMap((route) =>
  ROLES.map((role) => [`${route.method} ${route.path} as ${role}`, route, role] as const),
);

describe('permissions: every staff route with every role', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(() => world?.stop());

  it.each(cases)('%s', async (_name, route, role) => {
    const api = await world.clinicA.api(role);
    const request = await sampleRequest(route, world.clinicA, role);
    const response = await api.request(route.method, request.path, request.body);
    if (isAllowed(role, route.action)) {
      expect([401, 403]).not.toContain(response.status);
      expect(response.status).toBeLessThan(300);
    } else {
      expect(response.status).toBe(403);
      expect(response.headers.get('content-type')).toBe(errorMediaType(route));
    }
  });

  it('refuses staff routes without a token, as API Gateway’s JWT authorizer does', async () => {
    for (const route of ROUTES.filter((candidate) => candidate.auth === 'staff')) {
      const request = await sampleRequest(route, world.clinicA);
      const response = await world.anonymous.request(route.method, request.path, request.body);
      expect(response.status).toBe(401);
    }
  });
});
