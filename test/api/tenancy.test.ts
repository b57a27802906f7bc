import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES, type StaffRoute } from '../../functions/src/routes';
import { errorMediaType } from '../support/errorAnswers';
import { hasPathId, sampleRequest } from '../support/sampleRequests';
import { startWorld, type World } from '../support/world';

const staffRoutes = ROUTES.filter((route): route is StaffRoute => route.auth === 'staff');

describe('tenancy: another clinic’s ids with this clinic’s token', () => {
  let world: World;
  let clinicAMarkers: string[];

  beforeAll(async () => {
    world = await startWorld();
    const { clinicA } = world;
    const owner = await clinicA.api('owner');
    const file = await owner.get<{ client: { firstName: string; lastName: string; email: string } }>(`/api/clients/${clinicA.ids.clientId}`);
    clinicAMarkers = [
      clinicA.clinicId,
      clinicA.name,
      ...Object.values(clinicA.ids).filter(Boolean),
      file.body.client.lastName,
      file.body.client.email,
    ];
  });
  afterAll(() => world?.stop());

  it.each(staffRoutes.map((route) => [`${route.method} ${route.path}`, route] as const))('%s answers as if the ids did not exist', async (_key, route) => {
    const intruder = await world.clinicB.api('owner');
    const request = await sampleRequest(route, world.clinicA);
    const response = await intruder.request(route.method, request.path, request.body);

    if (hasPathId(route)) {
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe(errorMediaType(route));
    } else {
      expect(response.status).toBeLessThan(500);
    }
    // A FHIR searchset's `link self` repeats the request as sent; nothing else of clinic A may appear.
    const answered = response.text.replaceAll(request.path, '');
    for (const marker of clinicAMarkers) expect(answered).not.toContain(marker);
  });

  it('answers a foreign id exactly like a missing one', async () => {
    const intruder = await world.clinicB.api('owner');
    const foreign = await intruder.get<{ type: string; detail: string }>(`/api/clients/${world.clinicA.ids.clientId}`);
    const missing = await intruder.get<{ type: string; detail: string }>('/api/clients/01JDEM0M1SS1NG000000000000');
    expect(foreign.status).toBe(missing.status);
    expect({ type: foreign.body.type, detail: foreign.body.detail }).toEqual({ type: missing.body.type, detail: missing.body.detail });
  });
});
