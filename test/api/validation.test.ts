import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../functions/src/routes';
import { asProblem, errorMediaType } from '../support/errorAnswers';
import { sampleRequest } from '../support/sampleRequests';
import { startWorld, type World } from '../support/world';

interface Problem {
  type: string;
  status: number;
  errors?: { path: string; message: string }[];
}

const bodyRoutes = ROUTES.filter((route) => route.body).map((route) => [`${route.method} ${route.path}`, route] as const);

/** The sample body with its first field given a value of the wrong type. */
function withWrongType(body: Record<string, unknown>): { body: Record<string, unknown>; field: string } {
  const [field, value] = Object.entries(body)[0]!;
  return { body: { ...body, [field]: typeof value === 'string' ? 12345 : 'not-the-right-type' }, field };
}

describe('bad input answers 400 with a problem document, never 500', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(() => world?.stop());

  describe.each(bodyRoutes)('%s', (_name, route) => {
    const send = async (body: unknown, headers: Record<string, string> = {}) => {
      const api = await world.clinicA.api('owner');
      const { path } = await sampleRequest(route, world.clinicA);
      const response = await api.request<Problem>(route.method, path, body, headers);
      expect(response.headers.get('content-type')).toBe(errorMediaType(route));
      return { ...response, body: asProblem(response.body, response.status) };
    };
    const sample = async () => (await sampleRequest(route, world.clinicA)).body as Record<string, unknown>;

    it('malformed JSON', async () => {
      const response = await send('{"firstName": "Ann", ');
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([{ path: 'body', message: 'Malformed JSON.' }]);
    });

    it('a wrong type, with the field path', async () => {
      const { body, field } = withWrongType(await sample());
      const response = await send(body);
      expect(response.status).toBe(400);
      expect(response.body.errors?.map((error) => error.path)).toContain(`body.${field}`);
    });

    it('an unknown field, named', async () => {
      const response = await send({ ...(await sample()), favouriteColour: 'teal' });
      expect(response.status).toBe(400);
      expect(response.body.errors).toContainEqual({ path: 'body.favouriteColour', message: 'Unknown field.' });
    });

    it('an oversized body', async () => {
      const response = await send({ ...(await sample()), padding: 'x'.repeat(100 * 1024) });
      expect(response.status).toBe(400);
      expect(response.body.type).toBe('urn:casefile:problem:body_too_large');
    });

    it('a body that is not JSON by its content type', async () => {
      const response = await send(JSON.stringify(await sample()), { 'content-type': 'text/plain' });
      expect(response.status).toBe(415);
    });
  });

  it('rejects unknown query parameters and out-of-range page sizes', async () => {
    const api = await world.clinicA.api('owner');
    const unknown = await api.get<Problem>('/api/locations?colour=blue');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toContainEqual({ path: 'query.colour', message: 'Unknown field.' });
    const tooMany = await api.get<Problem>('/api/clients?limit=500');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors?.[0]?.path).toBe('query.limit');
  });

  it.each(['/api/locations', '/api/disciplines', '/api/members', '/api/calendars', '/api/sessions', '/api/billing-items', '/api/clients'])(
    'answers 400 on %s for a cursor that is not a table key',
    async (path) => {
      const api = await world.clinicA.api('owner');
      const cursors = [{ pk: 1, sk: 2 }, { pk: 'x' }, ['pk'], 'plain', { pk: 'a', sk: 'b', colour: 'c' }].map((key) =>
        Buffer.from(JSON.stringify(key)).toString('base64url'),
      );
      for (const cursor of [...cursors, '%%%', 'bm90IGpzb24']) {
        const response = await api.get<Problem>(`${path}?cursor=${encodeURIComponent(cursor)}`);
        expect(response.status, cursor).toBe(400);
        expect(response.body.errors?.[0]?.path).toBe('query.cursor');
      }
    },
  );

  it('answers 400 on /api/audit for a cursor that is not a table key', async () => {
    const api = await world.clinicA.api('owner');
    const cursor = Buffer.from(JSON.stringify({ pk: 1, sk: 2 })).toString('base64url');
    const response = await api.get<Problem>(`/api/audit?entityType=client&entityId=${world.clinicA.ids.clientId}&cursor=${cursor}`);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.path).toBe('query.cursor');
  });

  it.each(['2026-12-04T00:00:00Z', '', '2026-12-04&from=2026-12-05'])('answers 400 for shifts from %j', async (from) => {
    const api = await world.clinicA.api('owner');
    const response = await api.get<Problem>(`/api/shifts?calendarId=${world.clinicA.ids.calendarId}&from=${from}&to=2026-12-10`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });

  it('rejects a malformed id in the path', async () => {
    const api = await world.clinicA.api('owner');
    const response = await api.get<Problem>('/api/clients/not-an-id');
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.path).toBe('params.id');
  });
});
