import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient, probeTable } from '@casefile/db';
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

  it('answers 503 with a problem document, naming no clinic, when the table cannot be reached', async () => {
    const tableName = process.env.TABLE_NAME;
    process.env.TABLE_NAME = 'casefile-not-there';
    try {
      const response = await world.anonymous.get<{ status: number; table: string }>('/api/health');
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(response.body).toMatchObject({ status: 503, table: 'unreachable' });
      expect(response.text).not.toContain(world.clinicA.clinicId);
    } finally {
      process.env.TABLE_NAME = tableName;
    }
    expect((await world.anonymous.get('/api/health')).status).toBe(200);
  });

  it('probes a table whose endpoint is down as unreachable', async () => {
    // A port nothing listens on, as when DynamoDB Local has died.
    const client = createDocumentClient('http://127.0.0.1:9');
    expect(await probeTable(client, world.tableName)).toMatchObject({ reachable: false });
    expect(await probeTable(createDocumentClient(), world.tableName)).toEqual({ reachable: true });
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
