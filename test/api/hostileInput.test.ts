/**
 * No input reaches a 500 (issue 13). For every operation of the OpenAPI document (so a new route is
 * covered without editing this file), fast-check sends hostile path, query and body values, signed in
 * as the clinic's owner, over HTTP to the local gateway.
 *
 * Accepted answers: a 4xx as application/problem+json (FHIR routes: an OperationOutcome as application/fhir+json), or a 2xx where the generated input happens to
 * be valid (plausible values use the clinic's real ids, so some requests do succeed, and that is
 * fine). Never a 5xx, never a 4xx in another shape, and the API answers health 200 afterwards. One
 * exception: a path segment that is not valid percent-encoded UTF-8 (a lone surrogate) matches no
 * route, and the gateway answers API Gateway's own `{"message":"Not Found"}` before any function runs.
 *
 * HOSTILE_RUNS sets the cases per operation (default below, sized for CI's ~60-90 s budget on 2 cores);
 * HOSTILE_SEED replays another seed. A failure prints the seed and the shrunk request.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/apiClient';
import { errorMediaTypeOfOperation } from '../support/errorAnswers';
import { hostileRequest, type HostileRequest } from '../support/hostile/hostileRequests';
import { openApiOperations } from '../support/hostile/openApiOperations';
import type { ValuePools } from '../support/hostile/hostileValues';
import { startWorld, type World } from '../support/world';

const RUNS = Number(process.env.HOSTILE_RUNS ?? 50);
const SEED = Number(process.env.HOSTILE_SEED ?? 13_013);
const operations = openApiOperations();

describe('no hostile input answers 500', () => {
  let world: World;
  let owner: ApiClient;
  let pools: ValuePools;
  beforeAll(async () => {
    world = await startWorld();
    owner = await world.clinicA.api('owner');
    // The owner's own member id is left out: a request that happens to be valid could deactivate the
    // caller, after which every later answer would be a 401 that says nothing about input handling.
    const { memberId: _owner, ...ids } = world.clinicA.ids;
    pools = { ids: [...new Set([...Object.values(ids), world.clinicB.ids.clientId, world.clinicB.ids.calendarId].filter((id) => id !== ''))] };
  }, 300_000);
  afterAll(() => world?.stop());

  it('covers every operation of the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(90);
  });

  it.concurrent.each(operations.map((operation) => [operation.name, operation] as const))('%s', async (_name, operation) => {
    await fc.assert(
      fc.asyncProperty(hostileRequest(operation, pools), async (request) => {
        const answer = await send(owner, request);
        if (answer.status >= 500 || (answer.status >= 400 && answer.contentType !== errorMediaTypeOfOperation(operation.name) && !isGatewayNoRoute(answer) && !isGatewayRefusal(answer))) {
          throw new Error(`${request.method} ${request.url.slice(0, 300)} answered ${answer.status} ${answer.contentType}: ${answer.text.slice(0, 300)}`);
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    const health = await world.anonymous.get('/api/health');
    expect(health.status).toBe(200);
  });
});

/** The HTTP server's own refusal (431, 414...) before any function runs: a problem document of type about:blank, whatever the route. */
function isGatewayRefusal(answer: { contentType: string | null; text: string }): boolean {
  return answer.contentType === 'application/problem+json' && answer.text.includes('"type":"about:blank"');
}

function isGatewayNoRoute(answer: { status: number; text: string }): boolean {
  return answer.status === 404 && answer.text === '{"message":"Not Found"}';
}

async function send(api: ApiClient, request: HostileRequest): Promise<{ status: number; contentType: string | null; text: string }> {
  const response = await fetch(`${api.baseUrl}${request.url}`, {
    method: request.method,
    headers: { authorization: `Bearer ${api.token}`, ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(request.body !== undefined ? { body: request.body } : {}),
  });
  return { status: response.status, contentType: response.headers.get('content-type'), text: await response.text() };
}
