/** The handler pipeline applies the contract to any route: ETag on reads, If-Match on PATCH (412), updatedSince on lists. */
import * as z from 'zod';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createApiHandler } from '../src/http/createApiHandler';
import { defineRoutes } from '../src/http/route';

const thingSchema = z.object({ id: z.string(), name: z.string(), updatedAt: z.string(), version: z.number() });
const params = z.strictObject({ id: z.string() });
const routes = defineRoutes('platform', {
  getThing: { method: 'GET', path: '/api/things/{id}', auth: 'public', summary: 'A thing.', params, response: thingSchema },
  renameThing: { method: 'PATCH', path: '/api/things/{id}', auth: 'public', summary: 'Rename it.', params, body: z.strictObject({ name: z.string() }), response: thingSchema },
  listThings: { method: 'GET', path: '/api/things', auth: 'public', summary: 'All things.', response: z.object({ items: z.array(thingSchema) }) },
});

let thing = { id: 't1', name: 'one', updatedAt: '2026-01-01T10:00:00.000Z', version: 1 };
const older = { id: 't0', name: 'zero', updatedAt: '2025-12-31T10:00:00.000Z', version: 1 };
const handler = createApiHandler(routes, {
  getThing: async () => thing,
  renameThing: async ({ body }) => (thing = { ...thing, name: body.name, updatedAt: '2026-01-01T11:00:00.000Z', version: thing.version + 1 }),
  listThings: async () => ({ items: [older, thing] }),
});

function call(routeKey: string, path: Record<string, string> | undefined, extra: Partial<APIGatewayProxyEventV2WithJWTAuthorizer> = {}) {
  const event = { routeKey, rawPath: '/', headers: {}, pathParameters: path, requestContext: { requestId: 'r' }, ...extra } as APIGatewayProxyEventV2WithJWTAuthorizer;
  return handler(event, { awsRequestId: 'r' } as Context);
}
const rename = (name: string, ifMatch?: string) =>
  call('PATCH /api/things/{id}', { id: 't1' }, { body: JSON.stringify({ name }), headers: { 'content-type': 'application/json', ...(ifMatch ? { 'if-match': ifMatch } : {}) } });

describe('the contract in the pipeline', () => {
  it('answers an ETag, takes it back in If-Match, and refuses a stale one with 412', async () => {
    const read = await call('GET /api/things/{id}', { id: 't1' });
    const tag = read.headers?.etag as string;
    expect(tag).toMatch(/^".+"$/);
    const renamed = await rename('two', tag);
    expect(renamed.statusCode).toBe(200);
    expect(renamed.headers?.etag).not.toBe(tag);
    const stale = await rename('three', tag);
    expect(stale.statusCode).toBe(412);
    expect(stale.headers?.['content-type']).toBe('application/problem+json');
    expect(JSON.parse(String(stale.body))).toMatchObject({ status: 412, etag: renamed.headers?.etag });
    expect(thing.name).toBe('two');
    expect((await rename('four')).statusCode).toBe(200);
  });

  it('filters a list by updatedSince and rejects a malformed one with its field path', async () => {
    const since = await call('GET /api/things', undefined, { queryStringParameters: { updatedSince: '2026-01-01T00:00:00Z' } });
    expect(JSON.parse(String(since.body)).items.map((item: { id: string }) => item.id)).toEqual(['t1']);
    const bad = await call('GET /api/things', undefined, { queryStringParameters: { updatedSince: 'yesterday' } });
    expect(bad.statusCode).toBe(400);
    expect(JSON.parse(String(bad.body)).errors[0].path).toBe('query.updatedSince');
  });
});
