import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseFile, type Client, isDomainError } from '@casefile/core';
import { createClinicRepositories, createDocumentClient, createService, withExpectedState } from '@casefile/db';
import { dynamoEndpoint } from '../setup/fileDynamo';
import type { ApiClient } from '../support/apiClient';
import { startWorld, type World } from '../support/world';

type Page<T> = { items: T[]; nextCursor: string | null };

describe('clients and case files', () => {
  let world: World;
  let desk: ApiClient;
  beforeAll(async () => {
    world = await startWorld();
    desk = await world.clinicA.api('front_desk');
  });
  afterAll(() => world?.stop());

  it('registers a client, finds them by name prefix, email and phone, and edits them', async () => {
    const created = await desk.post<Client>('/api/clients', {
      firstName: 'Zoë',
      lastName: 'Quigley-Hart',
      email: 'Zoe.Quigley@Example.com',
      phone: '(416) 555-7788',
      alerts: [{ text: 'Latex allergy', severity: 'critical' }],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ firstName: 'Zoë', communication: { reminders: true }, status: 'active' });
    expect(created.body).not.toHaveProperty('sortName');

    const byName = await desk.post<Page<Client>>('/api/clients/search', { name: 'quig' });
    expect(byName.body.items.map((client) => client.clientId)).toEqual([created.body.clientId]);
    const byEmail = await desk.post<Page<Client>>('/api/clients/search', { email: 'zoe.quigley@example.com' });
    expect(byEmail.body.items.map((client) => client.clientId)).toEqual([created.body.clientId]);
    const byPhone = await desk.post<Page<Client>>('/api/clients/search', { phone: '416.555.7788' });
    expect(byPhone.body.items.map((client) => client.clientId)).toEqual([created.body.clientId]);

    const edited = await desk.patch<Client>(`/api/clients/${created.body.clientId}`, { email: null, lastName: 'Hart' });
    expect(edited.status).toBe(200);
    expect(edited.body.email).toBeUndefined();
    expect(edited.body.alerts).toEqual([{ text: 'Latex allergy', severity: 'critical' }]);
    expect((await desk.post<Page<Client>>('/api/clients/search', { email: 'zoe.quigley@example.com' })).body.items).toEqual([]);
    expect((await desk.post<Page<Client>>('/api/clients/search', { name: 'hart' })).body.items.map((client) => client.clientId)).toContain(created.body.clientId);
  });

  it('pages through clients with a cursor, at most 100 a page', async () => {
    const first = await desk.get<Page<Client>>('/api/clients?limit=2');
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await desk.get<Page<Client>>(`/api/clients?limit=2&cursor=${encodeURIComponent(first.body.nextCursor!)}`);
    expect(second.body.items).toHaveLength(2);
    const firstIds = first.body.items.map((client) => client.clientId);
    expect(second.body.items.every((client) => !firstIds.includes(client.clientId))).toBe(true);
    const bogus = await desk.get('/api/clients?limit=2&cursor=bm90LWEtY3Vyc29y');
    expect(bogus.status).toBe(400);
  });

  it('opens cases with clinic-prefixed numbers and returns the client with all cases', async () => {
    const client = await desk.post<Client>('/api/clients', { firstName: 'Ivy', lastName: 'Case' });
    const mva = await desk.post<CaseFile>(`/api/clients/${client.body.clientId}/cases`, {
      caseType: 'motor_vehicle_accident',
      intakeDate: '2026-11-20',
      dateOfInjury: '2026-11-02',
      referralSource: { kind: 'lawyer', name: 'Stern Injury Law' },
      contacts: [{ role: 'adjuster', name: 'Karen Bell', organization: 'Northway', reference: 'NW-1' }],
    });
    const wcb = await desk.post<CaseFile>(`/api/clients/${client.body.clientId}/cases`, { caseType: 'workers_compensation', intakeDate: '2026-11-21' });
    expect(mva.status).toBe(201);
    expect(mva.body).toMatchObject({ status: 'open', caseLabel: expect.stringMatching(/^RPR-\d{6}$/) });
    expect(wcb.body.caseNumber).toBe(mva.body.caseNumber + 1);

    const file = await desk.get<{ client: Client; cases: CaseFile[] }>(`/api/clients/${client.body.clientId}`);
    expect(file.body.client.clientId).toBe(client.body.clientId);
    expect(file.body.cases.map((caseFile) => caseFile.caseId).sort()).toEqual([mva.body.caseId, wcb.body.caseId].sort());
  });

  it('moves a case through its statuses, closing only with a reason', async () => {
    const client = await desk.post<Client>('/api/clients', { firstName: 'Stat', lastName: 'Us' });
    const opened = await desk.post<CaseFile>(`/api/clients/${client.body.clientId}/cases`, { caseType: 'private', intakeDate: '2026-11-01' });
    const path = `/api/cases/${opened.body.caseId}`;
    expect((await desk.patch(path, { status: 'closed' })).status).toBe(400);
    const closed = await desk.patch<CaseFile>(path, { status: 'closed', closingReason: 'Treatment goals met' });
    expect(closed.body).toMatchObject({ status: 'closed', closingReason: 'Treatment goals met' });
    const illegal = await desk.patch<{ from: string; to: string }>(path, { status: 'on_hold' });
    expect(illegal.status).toBe(409);
    expect(illegal.body).toMatchObject({ from: 'closed', to: 'on_hold' });
    const reopened = await desk.patch<CaseFile>(path, { status: 'open' });
    expect(reopened.body.status).toBe('open');
    expect(reopened.body.closingReason).toBeUndefined();
  });

  it('refuses a case for a client that does not exist', async () => {
    const response = await desk.post('/api/clients/01JDEM0M1SS1NG000000000000/cases', { caseType: 'private', intakeDate: '2026-11-01' });
    expect(response.status).toBe(404);
  });

  it('gives 50 concurrent case creations 50 distinct, consecutive numbers', async () => {
    const client = await desk.post<Client>('/api/clients', { firstName: 'Many', lastName: 'Cases' });
    // On a loaded machine the server may answer 409 sequence_contention ("try again") rather than keep a
    // request past the gateway's timeout: a client tries again, and the numbers must still come out whole.
    const create = async () => {
      for (let attempt = 1; ; attempt++) {
        const response = await desk.post<CaseFile & { type?: string }>(`/api/clients/${client.body.clientId}/cases`, { caseType: 'private', intakeDate: '2026-11-01' });
        if (response.status !== 409 || response.body.type !== 'urn:casefile:problem:sequence_contention' || attempt >= 5) return response;
      }
    };
    const responses = await Promise.all(Array.from({ length: 50 }, create));
    expect(responses.map((response) => response.status)).toEqual(Array(50).fill(201));
    const numbers = responses.map((response) => response.body.caseNumber).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(50);
    expect(numbers[49]! - numbers[0]!).toBe(49);
  }, 120_000);

  it('honours Idempotency-Key: a retry replays, a different request with the key is refused', async () => {
    const headers = { 'idempotency-key': `create-client-${Date.now()}` };
    const first = await desk.post<Client>('/api/clients', { firstName: 'Once', lastName: 'Only' }, headers);
    const retry = await desk.post<Client>('/api/clients', { firstName: 'Once', lastName: 'Only' }, headers);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body.clientId).toBe(first.body.clientId);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const found = await desk.post<Page<Client>>('/api/clients/search', { name: 'only once' });
    expect(found.body.items).toHaveLength(1);
    const misuse = await desk.post('/api/clients', { firstName: 'Other', lastName: 'Person' }, headers);
    expect(misuse.status).toBe(422);
  });

  it('keeps Idempotency-Keys per clinic', async () => {
    const headers = { 'idempotency-key': `shared-key-${Date.now()}` };
    const inA = await desk.post<Client>('/api/clients', { firstName: 'Key', lastName: 'Holder' }, headers);
    const inB = await (await world.clinicB.api('front_desk')).post<Client>('/api/clients', { firstName: 'Key', lastName: 'Holder' }, headers);
    expect(inB.status).toBe(201);
    expect(inB.body.clientId).not.toBe(inA.body.clientId);
    expect(inB.body.clinicId).toBe(world.clinicB.clinicId);
  });

  describe('If-Match is part of the write', () => {
    async function openCase(): Promise<{ clientId: string; caseId: string }> {
      const client = await desk.post<Client>('/api/clients', { firstName: 'Race', lastName: 'Condition' });
      const opened = await desk.post<CaseFile>(`/api/clients/${client.body.clientId}/cases`, { caseType: 'private', intakeDate: '2026-11-01' });
      return { clientId: client.body.clientId, caseId: opened.body.caseId };
    }

    it.each([
      { resource: 'case', path: ({ caseId }: { caseId: string }) => `/api/cases/${caseId}`, change: (who: string) => ({ title: `Edited by ${who}` }) },
      { resource: 'client (read with its cases)', path: ({ clientId }: { clientId: string }) => `/api/clients/${clientId}`, change: (who: string) => ({ lastName: who }) },
    ])('two PATCHes of a $resource on the same ETag: exactly one is made, the other answers 412', async ({ path, change }) => {
      const url = path(await openCase());
      for (let round = 0; round < 4; round++) {
        const tag = (await desk.get(url)).headers.get('etag')!;
        const answers = await Promise.all(['first', 'second'].map((who) => desk.patch(url, change(who), { 'if-match': tag })));
        expect(answers.map((answer) => answer.status).sort(), answers.map((answer) => answer.text).join('\n')).toEqual([200, 412]);
        const refused = answers.find((answer) => answer.status === 412)!;
        expect(refused.headers.get('content-type')).toBe('application/problem+json');
        expect((refused.body as { etag: string }).etag).toBe((await desk.get(url)).headers.get('etag'));
      }
    });

    it('a change slipped in between the matched read and the write fails the write as a whole', async () => {
      const { caseId } = await openCase();
      const service = createService(createDocumentClient(await dynamoEndpoint()), world.tableName);
      const repos = createClinicRepositories({ service, clinicId: world.clinicA.clinicId, actor: 'test', now: () => new Date(), newId: () => '' });
      const matched = await repos.cases.get(caseId);
      await new Promise((resolve) => setTimeout(resolve, 5));
      const slipped = await repos.cases.update(caseId, { title: 'Slipped in' });
      const late = withExpectedState({ resourceId: caseId, updatedAt: matched.updatedAt }, () => repos.cases.update(caseId, { title: 'Too late' }));
      await expect(late).rejects.toSatisfy((error) => isDomainError(error) && error.outcome === 'conflict');
      expect(await repos.cases.get(caseId)).toMatchObject({ title: 'Slipped in', updatedAt: slipped.updatedAt });
      // On the state now current, the same conditional write is made.
      const made = await withExpectedState({ resourceId: caseId, updatedAt: slipped.updatedAt }, () => repos.cases.update(caseId, { title: 'On time' }));
      expect(made.title).toBe('On time');
    });
  });
});
