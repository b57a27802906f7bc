/**
 * Access follows the member record (issue 13, items 1-5): a token says who is calling, the member
 * record says whether they may and with which role; owners are protected; only real ID tokens of
 * a real clinic sign in; one email signs in to one clinic. The member cache is off (window 0) here,
 * so each change must show on the very next request.
 */
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { LOCAL_TOKEN_AUDIENCE, LOCAL_TOKEN_ISSUER } from '@casefile/adapters';
import { activeOwnersOf, type Member, type Role } from '@casefile/core';
import { createClinicRepositories } from '@casefile/db';
import { ulid } from 'ulidx';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiHandlers } from '../../functions/src/handlers';
import { ROUTES } from '../../functions/src/routes';
import { runtime } from '../../functions/src/runtime';
import { createLambdaContext } from '../../hosts/local/src/lambdaContext';
import type { ApiClient, ApiResponse } from '../support/apiClient';
import { sampleRequest } from '../support/sampleRequests';
import { startWorld, type World } from '../support/world';

process.env.MEMBER_CACHE_SECONDS = '0';

describe('access follows the member record', () => {
  let world: World;
  let owner: ApiClient;
  beforeAll(async () => {
    world = await startWorld();
    owner = await world.clinicA.api('owner');
  });
  afterAll(() => world?.stop());
  afterEach(() => {
    process.env.MEMBER_CACHE_SECONDS = '0';
  });

  /** A new member of clinic A, added by its owner, and a client signed in as them. */
  async function addMember(role: Role, by: ApiClient = owner): Promise<{ member: Member; api: ApiClient }> {
    const created = await by.post<Member>('/api/members', { firstName: 'Test', lastName: role, email: `${role}.${randomUUID()}@access.test`, role });
    expect(created.status, created.text).toBe(201);
    const member = created.body;
    const api = await world.signIn({ memberId: member.memberId, clinicId: member.clinicId, email: member.email, role: member.role });
    return { member, api };
  }

  const createClient = (api: ApiClient) => api.post('/api/clients', { firstName: 'Robin', lastName: `Access${Date.now()}` });

  describe('a deactivated member', () => {
    it('is refused with a token issued before the deactivation, on reads and writes, and let back in when reactivated', async () => {
      const { member, api } = await addMember('front_desk');
      expect((await api.get('/api/clients')).status).toBe(200);

      expect((await owner.patch(`/api/members/${member.memberId}`, { active: false })).status).toBe(200);

      expectProblem(await api.get('/api/clients'), 401);
      expectProblem(await createClient(api), 401);
      expect((await world.anonymous.post('/api/_local/token', { email: member.email })).status).toBe(403);

      expect((await owner.patch(`/api/members/${member.memberId}`, { active: true })).status).toBe(200);
      expect((await api.get('/api/clients')).status).toBe(200);
    });
  });

  it('refuses a token naming a member id that does not exist in the clinic', async () => {
    const stranger = await world.signIn({ memberId: ulid(), clinicId: world.clinicA.clinicId, email: 'nobody@access.test', role: 'owner' });

    expectProblem(await stranger.get('/api/clients'), 401);
    expectProblem(await createClient(stranger), 401);
  });

  it('checks the current role: a manager demoted to provider can no longer add billing items', async () => {
    const route = ROUTES.find((candidate) => candidate.method === 'POST' && candidate.path === '/api/billing-items')!;
    const { member, api } = await addMember('manager');
    const allowed = await sampleRequest(route, world.clinicA);
    expect((await api.post(allowed.path, allowed.body)).status).toBe(201);

    expect((await owner.patch(`/api/members/${member.memberId}`, { role: 'provider' })).status).toBe(200);

    const refused = await sampleRequest(route, world.clinicA);
    expectProblem(await api.post(refused.path, refused.body), 403);
  });

  describe('owners are protected', () => {
    it.each([
      ['make themselves owner', 'self', { role: 'owner' }],
      ['demote the owner', 'owner', { role: 'provider' }],
      ['deactivate the owner', 'owner', { active: false }],
    ] as const)('a manager cannot %s', async (_case, target, patch) => {
      const { member, api: manager } = await addMember('manager');
      const targetId = target === 'self' ? member.memberId : world.clinicA.users.owner!.memberId;

      const response = await manager.patch(`/api/members/${targetId}`, patch);

      expectProblem(response, 403);
      expect((response.body as { detail: string }).detail).toMatch(/owner/i);
      const after = await owner.get<Member>(`/api/members/${targetId}`);
      expect(after.body).toMatchObject(target === 'self' ? { role: 'manager' } : { role: 'owner', active: true });
    });

    it('a manager cannot add an owner', async () => {
      const { api: manager } = await addMember('manager');

      expectProblem(await manager.post('/api/members', { firstName: 'New', lastName: 'Owner', email: `owner.${randomUUID()}@access.test`, role: 'owner' }), 403);
    });

    it('nobody changes their own role or deactivates themselves', async () => {
      const ownerId = world.clinicA.users.owner!.memberId;

      expectProblem(await owner.patch(`/api/members/${ownerId}`, { role: 'manager' }), 403);
      expectProblem(await owner.patch(`/api/members/${ownerId}`, { active: false }), 403);
    });

    it('keeps the last active owner, even against an owner deactivated moments ago whose standing is still cached', async () => {
      process.env.MEMBER_CACHE_SECONDS = '30';
      const first = await addMember('owner');
      const second = await addMember('owner', first.api);
      // The original owner steps back so that first and second are the only owners.
      expect((await first.api.patch(`/api/members/${world.clinicA.users.owner!.memberId}`, { role: 'manager' })).status).toBe(200);
      expect((await second.api.patch(`/api/members/${first.member.memberId}`, { active: false })).status).toBe(200);

      const response = await first.api.patch(`/api/members/${second.member.memberId}`, { role: 'manager' });

      expectProblem(response, 409);
      expect((response.body as { detail: string }).detail).toMatch(/last active owner/);
      process.env.MEMBER_CACHE_SECONDS = '0';
      expect((await second.api.get<Member>(`/api/members/${second.member.memberId}`)).body).toMatchObject({ role: 'owner', active: true });
      // Put clinic A back as the other tests found it.
      expect((await second.api.patch(`/api/members/${world.clinicA.users.owner!.memberId}`, { role: 'owner' })).status).toBe(200);
    });
  });

  describe('tokens', () => {
    const validClaims = (): Record<string, unknown> => {
      const user = world.clinicA.users.owner!;
      const now = Math.floor(Date.now() / 1000);
      return {
        sub: user.memberId,
        email: user.email,
        'custom:clinicId': user.clinicId,
        'custom:role': 'owner',
        'custom:memberId': user.memberId,
        token_use: 'id',
        iss: LOCAL_TOKEN_ISSUER,
        aud: LOCAL_TOKEN_AUDIENCE,
        iat: now,
        exp: now + 600,
      };
    };

    it('accepts a correctly signed ID token (the control for the cases below)', async () => {
      expect((await (await world.withClaims(validClaims())).get('/api/clients')).status).toBe(200);
    });

    it.each([
      ['an access token', (claims: Record<string, unknown>) => ({ ...claims, token_use: 'access' })],
      ['no expiry', ({ exp: _exp, ...claims }: Record<string, unknown>) => claims],
      ['a clinic that does not exist', (claims: Record<string, unknown>) => ({ ...claims, 'custom:clinicId': ulid() })],
      ['another issuer', (claims: Record<string, unknown>) => ({ ...claims, iss: 'https://cognito-idp.example/other-pool' })],
      ['another audience', (claims: Record<string, unknown>) => ({ ...claims, aud: 'another-app-client' })],
    ])('refuses a correctly signed token with %s', async (_case, change) => {
      const api = await world.withClaims(change(validClaims()));

      expect((await api.get('/api/clients')).status).toBe(401);
      expect((await api.post('/api/locations', { name: 'Made-up clinic branch', timeZone: 'America/Toronto' })).status).toBe(401);
    });

    it.each([
      ['an access token', { token_use: 'access' }],
      ['no expiry', { exp: undefined }],
    ])('refuses claims of %s that the deployed JWT authorizer lets through', async (_case, change) => {
      const claims = Object.fromEntries(
        Object.entries({ ...validClaims(), ...change }).flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)]])),
      );

      const response = await apiHandlers.clients!(authorizedEvent('GET /api/clients', '/api/clients', claims), createLambdaContext('clients', 30_000));

      expect(response.statusCode).toBe(401);
    });
  });

  it('two owners demoting each other at the same moment leave the clinic with an active owner', async () => {
    // Clinic B (one owner) so that clinic A stays as the other tests expect.
    const original = await world.clinicB.api('owner');
    const originalId = world.clinicB.users.owner!.memberId;
    const added = await original.post<Member>('/api/members', { firstName: 'Second', lastName: 'Owner', email: `owner.${randomUUID()}@access.test`, role: 'owner' });
    expect(added.status, added.text).toBe(201);
    const second = await world.signIn({ memberId: added.body.memberId, clinicId: added.body.clinicId, email: added.body.email, role: 'owner' });

    const answers = await Promise.all([
      original.patch(`/api/members/${added.body.memberId}`, { role: 'manager' }),
      second.patch(`/api/members/${originalId}`, { role: 'manager' }),
    ]);

    expect(answers.map((answer) => answer.status).filter((status) => status === 200).length).toBeLessThanOrEqual(1);
    const winner = answers[0]!.status === 200 ? original : second;
    const team = await winner.get<{ items: Member[] }>('/api/members?limit=100');
    expect(team.body.items.filter((member) => member.role === 'owner' && member.active).length).toBeGreaterThanOrEqual(1);
    // Clinic B's own owner is its owner again for whatever runs next.
    if (winner === second) expect((await second.patch(`/api/members/${originalId}`, { role: 'owner' })).status).toBe(200);
  });

  it('writes a change that counted the owners only while none of them changed meanwhile', async () => {
    const repos = createClinicRepositories({ service: runtime().service, clinicId: world.clinicB.clinicId, actor: 'test', now: () => new Date(), newId: ulid });
    const owners = activeOwnersOf(await repos.members.listAll());
    const target = world.clinicB.users.front_desk!.memberId;
    const keep = <T>(_before: T, after: T) => after;
    await repos.members.update(owners[0]!.memberId, { title: 'Changed after the owners were counted' });

    await expect(repos.members.updateWhileUnchanged(target, { title: 'Lead' }, keep, owners)).rejects.toMatchObject({ details: { code: 'concurrent_change' } });
    expect((await repos.members.get(target)).title).not.toBe('Lead');
    await expect(repos.members.updateWhileUnchanged(target, { title: 'Lead' }, keep, activeOwnersOf(await repos.members.listAll()))).resolves.toMatchObject({ title: 'Lead' });
  });

  describe('sign-in identities are global', () => {
    it("refuses to add a member whose email signs in to another clinic, and leaves that clinic's sign-in as it was", async () => {
      const taken = world.clinicA.users.owner!.email;
      const otherOwner = await world.clinicB.api('owner');

      const response = await otherOwner.post('/api/members', { firstName: 'Taken', lastName: 'Over', email: taken, role: 'owner' });

      expectProblem(response, 409);
      expect((response.body as { detail: string }).detail).toMatch(/another clinic/);
      const signIn = await world.anonymous.post<{ claims: Record<string, string> }>('/api/_local/token', { email: taken });
      expect(signIn.body.claims).toMatchObject({ 'custom:clinicId': world.clinicA.clinicId, 'custom:role': 'owner' });
      const clinicBMembers = await otherOwner.get<{ items: Member[] }>('/api/members?limit=100');
      expect(clinicBMembers.body.items.map((member) => member.email)).not.toContain(taken);
    });
  });
});

function expectProblem(response: ApiResponse, status: number): void {
  expect(response.status, response.text).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
}

/** The event API Gateway hands a Lambda after its JWT authorizer passed these (string) claims. */
function authorizedEvent(routeKey: string, rawPath: string, claims: Record<string, string>): APIGatewayProxyEventV2WithJWTAuthorizer {
  const [method] = routeKey.split(' ');
  return {
    version: '2.0',
    routeKey,
    rawPath,
    rawQueryString: '',
    headers: {},
    isBase64Encoded: false,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
      http: { method: method!, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'vitest' },
      authorizer: { principalId: '', integrationLatency: 0, jwt: { claims, scopes: [] } },
    },
  };
}
