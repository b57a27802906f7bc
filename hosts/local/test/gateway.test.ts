import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LocalIdentityDirectory, createLocalTokenIssuer, type LocalTokenIssuer } from '@casefile/adapters';
import type { ApiHandler } from '@casefile/functions/handlers';
import { startGateway, type Gateway } from '../src/gateway';

interface Invocation {
  event: APIGatewayProxyEventV2WithJWTAuthorizer;
  context: Context;
}

const owner = { memberId: '01MEMBER', email: 'owner@riverside.demo', clinicId: '01CLINIC', role: 'owner' };

describe('local gateway', () => {
  let gateway: Gateway;
  let issuer: LocalTokenIssuer;
  let folder: string;
  let invocations: Invocation[];
  let respond: ApiHandler;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'gateway-'));
    issuer = await createLocalTokenIssuer();
    const identityDirectory = new LocalIdentityDirectory(join(folder, 'identities.json'));
    await identityDirectory.putUser({ ...owner, active: true });
    await identityDirectory.putUser({ email: 'gone@riverside.demo', clinicId: '01CLINIC', memberId: '01GONE', role: 'provider', active: false });
    await mkdir(join(folder, 'booking', 'assets'), { recursive: true });
    await writeFile(join(folder, 'booking', 'index.html'), '<html>booking</html>');
    await writeFile(join(folder, 'booking', 'assets', 'app.js'), 'console.log(1)');
    const capture: ApiHandler = async (event, context) => {
      invocations.push({ event, context });
      return respond(event, context);
    };
    gateway = await startGateway({
      port: 0,
      tokenVerifier: issuer,
      tokenIssuer: issuer,
      identityDirectory,
      handlers: {
        clients: capture,
        platform: capture,
        settings: async () => {
          throw new TypeError('boom with a secret@example.com inside');
        },
      },
      staticDirs: [
        { mountPath: '/', directory: join(folder, 'console-not-built') },
        { mountPath: '/book/', directory: join(folder, 'booking') },
      ],
      bodyLimitBytes: 1024,
    });
  });
  afterAll(async () => {
    await gateway.stop();
    await rm(folder, { recursive: true, force: true });
  });
  beforeEach(() => {
    invocations = [];
    respond = async () => ({ statusCode: 200, body: '{}', headers: { 'content-type': 'application/json' } });
  });

  const bearer = async (identity = owner) => `Bearer ${(await issuer.issue(identity)).token}`;

  it('builds a payload 2.0 event with path parameters, query strings, headers and claims', async () => {
    const res = await send('GET', '/api/clients/01CLIENT%20X?q=ann&tag=a&tag=b&empty=', {
      authorization: await bearer(),
      'x-custom': ['one', 'two'],
      cookie: 'session=abc; theme=dark',
      'user-agent': 'vitest',
    });

    expect(res.status).toBe(200);
    const { event, context } = single(invocations);
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'GET /api/clients/{id}',
      rawPath: '/api/clients/01CLIENT%20X',
      rawQueryString: 'q=ann&tag=a&tag=b&empty=',
      cookies: ['session=abc', 'theme=dark'],
      queryStringParameters: { q: 'ann', tag: 'a,b', empty: '' },
      pathParameters: { id: '01CLIENT X' },
      isBase64Encoded: false,
      requestContext: {
        accountId: expect.any(String),
        apiId: expect.any(String),
        domainName: expect.stringMatching(/^127\.0\.0\.1:\d+$/),
        http: { method: 'GET', path: '/api/clients/01CLIENT%20X', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'vitest' },
        requestId: expect.any(String),
        routeKey: 'GET /api/clients/{id}',
        stage: '$default',
        time: expect.stringMatching(/^\d\d\/[A-Z][a-z]{2}\/\d{4}:\d\d:\d\d:\d\d \+0000$/),
        timeEpoch: expect.any(Number),
      },
    });
    expect(event.headers).toMatchObject({ 'x-custom': 'one,two', 'user-agent': 'vitest', 'x-forwarded-proto': 'http' });
    expect(event.headers).not.toHaveProperty('cookie');
    expect(event.body).toBeUndefined();
    expect(event.requestContext.authorizer.jwt.scopes).toBeNull();
    expect(event.requestContext.authorizer.jwt.claims).toMatchObject({
      sub: '01MEMBER',
      email: 'owner@riverside.demo',
      'custom:clinicId': '01CLINIC',
      'custom:role': 'owner',
      token_use: 'id',
      email_verified: 'true',
      exp: expect.stringMatching(/^\d+$/),
    });
    expect(context).toMatchObject({ functionName: 'casefile-clients', awsRequestId: event.requestContext.requestId });
    expect(context.getRemainingTimeInMillis()).toBeGreaterThan(0);
  });

  it('passes JSON bodies as text and binary bodies base64-encoded', async () => {
    const token = await bearer();
    await send('POST', '/api/clients', { authorization: token, 'content-type': 'application/json; charset=utf-8' }, '{"firstName":"Zoë"}');
    await send('POST', '/api/clients', { authorization: token, 'content-type': 'application/octet-stream' }, Buffer.from([0, 255, 1]));
    await send('POST', '/api/clients', { authorization: token, 'content-type': 'application/x-www-form-urlencoded' }, 'a=1');

    const [json, binary, form] = invocations.map(({ event }) => event);
    expect(json).toMatchObject({ body: '{"firstName":"Zoë"}', isBase64Encoded: false });
    expect(binary).toMatchObject({ body: Buffer.from([0, 255, 1]).toString('base64'), isBase64Encoded: true });
    expect(form).toMatchObject({ body: Buffer.from('a=1').toString('base64'), isBase64Encoded: true });
    expect(json?.queryStringParameters).toBeUndefined();
    expect(json?.pathParameters).toBeUndefined();
  });

  it('gives public routes no authorizer and needs no token', async () => {
    const res = await send('GET', '/api/health');

    expect(res.status).toBe(200);
    expect(single(invocations).event.requestContext).not.toHaveProperty('authorizer');
  });

  it.each([
    ['no Authorization header', undefined],
    ['a malformed token', 'Bearer not-a-jwt'],
    ['a token from another issuer', 'other'],
  ])('answers 401 like the JWT authorizer for %s', async (_case, header) => {
    const authorization = header === 'other' ? `Bearer ${(await (await createLocalTokenIssuer()).issue(owner)).token}` : header;

    const res = await send('GET', '/api/clients', authorization ? { authorization } : {});

    expect(res).toMatchObject({ status: 401, body: '{"message":"Unauthorized"}' });
    expect(invocations).toHaveLength(0);
  });

  it('writes the structured result: status, headers, cookies and base64 bodies', async () => {
    respond = async () => ({
      statusCode: 201,
      headers: { 'Content-Type': 'image/png', 'X-Count': 3 },
      cookies: ['a=1; HttpOnly', 'b=2'],
      body: Buffer.from([137, 80, 78, 71]).toString('base64'),
      isBase64Encoded: true,
    });

    const res = await send('POST', '/api/clients', { authorization: await bearer() }, '{}');

    expect(res.status).toBe(201);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['x-count']).toBe('3');
    expect(res.headers['set-cookie']).toEqual(['a=1; HttpOnly', 'b=2']);
    expect(res.raw).toEqual(Buffer.from([137, 80, 78, 71]));
  });

  it.each([
    ['an unknown path', 'GET', '/api/nothing-here'],
    ['a known path with another method', 'DELETE', '/api/clients'],
    ['a trailing slash', 'GET', '/api/health/'],
    ['an empty path parameter', 'GET', '/api/clients/'],
  ])('answers 404 like API Gateway for %s', async (_case, method, path) => {
    const res = await send(method, path, { authorization: await bearer() });

    expect(res).toMatchObject({ status: 404, body: '{"message":"Not Found"}' });
  });

  it('answers 501 for a function that has no handler yet', async () => {
    const res = await send('GET', '/api/members', { authorization: await bearer() });

    expect(res.status).toBe(501);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(res.body)).toMatchObject({ status: 501, title: 'Not Implemented' });
  });

  it('answers 500 when a handler throws, without echoing the error', async () => {
    const res = await send('GET', '/api/clinic', { authorization: await bearer() });

    expect(res).toMatchObject({ status: 500, body: '{"message":"Internal Server Error"}' });
  });

  it('answers 413 for a body over the limit', async () => {
    const res = await send('POST', '/api/clients', { authorization: await bearer(), 'content-type': 'application/json' }, 'x'.repeat(1025));

    expect(res).toMatchObject({ status: 413, body: '{"message":"Request Entity Too Large"}' });
    expect(invocations).toHaveLength(0);
  });

  it('answers oversized headers with a 431 problem document instead of an empty answer', async () => {
    const res = await send('GET', '/api/clients', { authorization: `Bearer ${'x'.repeat(20 * 1024)}` });

    expect(res.status).toBe(431);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(res.body)).toMatchObject({ status: 431, title: 'Request Header Fields Too Large' });
    expect(invocations).toHaveLength(0);
  });

  describe('POST /api/_local/token', () => {
    it('issues a token for a known user, found by email in any case', async () => {
      const res = await send('POST', '/api/_local/token', {}, '{"email":"OWNER@riverside.demo"}');

      expect(res.status).toBe(200);
      const { token, claims } = JSON.parse(res.body) as { token: string; claims: Record<string, unknown> };
      expect(claims).toMatchObject({ sub: '01MEMBER', 'custom:clinicId': '01CLINIC', 'custom:role': 'owner' });
      await expect(issuer.verify(token)).resolves.toMatchObject({ sub: '01MEMBER' });
    });

    it.each([
      ['an unknown email', '{"email":"nobody@riverside.demo"}', 404],
      ['a disabled user', '{"email":"gone@riverside.demo"}', 403],
      ['malformed JSON', '{"email":', 400],
      ['no email', '{"name":"x"}', 400],
    ])('answers a problem for %s', async (_case, body, status) => {
      const res = await send('POST', '/api/_local/token', { 'content-type': 'application/json' }, body);

      expect(res.status).toBe(status);
      expect(res.headers['content-type']).toBe('application/problem+json');
    });
  });

  describe('static files', () => {
    it('serves a page of links where a web app is not built yet', async () => {
      const res = await send('GET', '/');

      expect(res.status).toBe(200);
      expect(res.body).toContain('/api/health');
      expect(res.body).toContain('/api/openapi.json');
    });

    it('serves a built app, with index.html for client-side routes', async () => {
      const asset = await send('GET', '/book/assets/app.js');
      const route = await send('GET', '/book/riverside/new');

      expect(asset).toMatchObject({ status: 200, body: 'console.log(1)' });
      expect(asset.headers['content-type']).toContain('text/javascript');
      expect(route).toMatchObject({ status: 200, body: '<html>booking</html>' });
    });

    it('never serves files outside the folder', async () => {
      const res = await send('GET', '/book/..%2f..%2fetc%2fpasswd');

      expect(res.body).not.toContain('root:');
    });
  });

  async function send(method: string, path: string, headers: Record<string, string | string[]> = {}, body?: string | Buffer) {
    const url = new URL(path, gateway.url);
    return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string; raw: Buffer }>((resolve, reject) => {
      const req = request(url, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: raw.toString('utf8'), raw });
        });
      });
      req.on('error', reject);
      req.end(body);
    });
  }
});

function single<T>(items: T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}
