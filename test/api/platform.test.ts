import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../functions/src/routes';
import { startWorld, type World } from '../support/world';

describe('platform routes', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(() => world?.stop());

  it('answers health without a token', async () => {
    const response = await world.anonymous.get<{ status: string }>('/api/health');
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('ok');
  });

  it('describes every route of the route table in OpenAPI 3.1, with schemas from zod', async () => {
    const response = await world.anonymous.get<{ openapi: string; paths: Record<string, Record<string, { operationId: string }>>; components: { schemas: Record<string, unknown> } }>('/api/openapi.json');
    expect(response.body.openapi).toBe('3.1.0');
    for (const route of ROUTES) {
      expect(response.body.paths[route.path]?.[route.method.toLowerCase()]?.operationId).toBe(route.operationId);
    }
    expect(Object.keys(response.body.components.schemas)).toEqual(expect.arrayContaining(['Client', 'CaseFile', 'Problem', 'CreateClient']));
  });

  it('answers an unknown path with 404', async () => {
    expect((await world.anonymous.get('/api/nothing-here')).status).toBe(404);
  });
});
