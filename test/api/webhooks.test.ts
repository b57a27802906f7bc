/**
 * Signed webhooks (SPEC P2) end to end on the local runtime: changes go through the stream into
 * deliveries, the local delivery queue (the scheduler loop, ticked by hand with a clock that can run
 * ahead) posts them to a receiver on loopback, and the receiver checks every signature with the
 * independent `standardwebhooks` package. Then: a receiver that fails five times gets the event once,
 * one that never recovers gets its endpoint disabled (and the owner a mail), and in the AWS
 * configuration no private or loopback address is reached.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outgoingMailFromEnv } from '../../functions/src/ports/outgoingMail';
import { schedulingFromEnv } from '../../functions/src/ports/scheduling';
import { setPorts } from '../../functions/src/ports/setPorts';
import { webhookDeliveryFromEnv } from '../../functions/src/ports/webhooks';
import type { ApiClient } from '../support/apiClient';
import { ok } from '../support/billingWorld';
import { startWorld, type World } from '../support/world';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  answered: number;
}
interface Delivery {
  eventId: string;
  eventType: string;
  state: string;
  attempts: { statusCode?: number; error?: string; round: number }[];
}

const HOUR = 3_600_000;

describe('signed webhooks (P2)', () => {
  let world: World;
  let owner: ApiClient;
  let receiver: Server;
  let receiverUrl: string;
  const received: Received[] = [];
  /** Answers per path, in order; once spent, the last one repeats. */
  const answers = new Map<string, number[]>();
  let clockOffsetMs = 0;

  beforeAll(async () => {
    process.env.WEBHOOK_ALLOW_LOOPBACK = 'true';
    world = await startWorld({ notifications: { now: () => Date.now() + clockOffsetMs } });
    setPorts({ outgoingMail: outgoingMailFromEnv(), scheduling: schedulingFromEnv(), webhookDelivery: webhookDeliveryFromEnv() });
    owner = await world.clinicA.api('owner');
    // The seed's own changes must reach the consumer before any endpoint exists, or they would be delivered too.
    await world.drainStreams();
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const path = request.url ?? '/';
        const queue = answers.get(path) ?? [200];
        const status = queue.length > 1 ? queue.shift()! : queue[0]!;
        received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), answered: status });
        response.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    setPorts(undefined);
    delete process.env.WEBHOOK_ALLOW_LOOPBACK;
    await new Promise((resolve) => receiver?.close(resolve));
    await world?.stop();
  });

  async function register(path: string, eventTypes: string[]) {
    return ok(owner.post<{ endpoint: { endpointId: string }; secret: string }>('/api/webhooks', { url: `${receiverUrl}${path}`, eventTypes }));
  }
  /** Lets the stream make and queue the deliveries, then fires what the queue holds (the clock moved on by `aheadMs`). */
  async function deliverQueued(aheadMs = 0): Promise<void> {
    clockOffsetMs += aheadMs;
    await world.drainStreams();
    await world.drainStreams();
    await world.notifications!.scheduler.tick();
  }
  const at = (path: string) => received.filter((request) => request.path === path);
  const deliveries = async (endpointId: string) => (await ok(owner.get<{ items: Delivery[] }>(`/api/webhooks/${endpointId}/deliveries`))).items;

  it('signs every delivery so that standardwebhooks verifies it, and carries ids, never names', async () => {
    const { endpoint, secret } = await register('/signed', ['client.created', 'client.updated', 'appointment.booked', 'case.opened']);
    expect(secret).toMatch(/^whsec_/);
    const client = await ok(owner.post<{ clientId: string }>('/api/clients', { firstName: 'Wilhelmina', lastName: 'Hookworth' }));
    await ok(owner.patch(`/api/clients/${client.clientId}`, { preferredName: 'Mina' }));
    const { caseId, sessionId, calendarId } = world.clinicA.ids;
    const start = new Date(Date.now() + 45 * 86_400_000);
    start.setUTCHours(15, 0, 0, 0);
    await ok(owner.post('/api/appointments', { caseId, sessionId, calendarId, start: start.toISOString() }));
    await deliverQueued();

    const signed = at('/signed');
    const verifier = new Webhook(secret);
    const events = signed.map((request) => verifier.verify(request.body, request.headers as Record<string, string>) as { type: string; data: Record<string, unknown> });
    expect(events.map((event) => event.type).sort()).toEqual(['appointment.booked', 'client.created', 'client.updated']);
    expect(events.find((event) => event.type === 'client.created')?.data.clientId).toBe(client.clientId);
    for (const request of signed) expect(request.body).not.toMatch(/Wilhelmina|Hookworth|Mina/);
    // A tampered body fails verification: the check above could fail.
    expect(() => verifier.verify(`${signed[0]!.body} `, signed[0]!.headers as Record<string, string>)).toThrow();

    const log = await deliveries(endpoint.endpointId);
    expect(log).toHaveLength(3);
    expect(log.every((delivery) => delivery.state === 'delivered' && delivery.attempts[0]?.statusCode === 200)).toBe(true);
  });

  it('keeps the old secret signing beside the new one after a rotation', async () => {
    const { endpoint, secret: oldSecret } = await register('/rotated', ['client.created']);
    const rotated = await ok(owner.post<{ secret: string; previousSecretValidUntil: string }>(`/api/webhooks/${endpoint.endpointId}/rotate-secret`));
    expect(Date.parse(rotated.previousSecretValidUntil) - Date.now()).toBeGreaterThan(23 * HOUR);
    await ok(owner.post('/api/clients', { firstName: 'Rota', lastName: 'Tion' }));
    await deliverQueued();
    const [request] = at('/rotated');
    expect(String(request!.headers['webhook-signature']).split(' ')).toHaveLength(2);
    for (const secret of [rotated.secret, oldSecret]) expect(new Webhook(secret).verify(request!.body, request!.headers as Record<string, string>)).toBeTruthy();
  });

  it('retries a receiver that fails 5 times with backoff, and it gets the event exactly once', async () => {
    answers.set('/flaky', [500, 500, 503, 500, 502, 200]);
    const { endpoint } = await register('/flaky', ['client.created']);
    await ok(owner.post('/api/clients', { firstName: 'Flaky', lastName: 'Receiver' }));
    await deliverQueued();
    // Each round moves the clock past the next backoff (at most 10 h); a few more find nothing left to send.
    for (let round = 0; round < 9; round++) await deliverQueued(11 * HOUR);

    const flaky = at('/flaky');
    expect(flaky.map((request) => request.answered)).toEqual([500, 500, 503, 500, 502, 200]);
    expect(new Set(flaky.map((request) => request.headers['webhook-id'])).size).toBe(1);
    expect(flaky.filter((request) => request.answered === 200)).toHaveLength(1);
    const [delivery] = await deliveries(endpoint.endpointId);
    expect(delivery!.state).toBe('delivered');
    expect(delivery!.attempts.map((attempt) => attempt.statusCode)).toEqual([500, 500, 503, 500, 502, 200]);

    // A manual replay sends the same event (same id) once more, in a round of its own.
    await ok(owner.post(`/api/webhooks/${endpoint.endpointId}/replay`, { eventId: delivery!.eventId }), [202]);
    await deliverQueued();
    expect(at('/flaky').map((request) => request.headers['webhook-id'])).toEqual(Array(7).fill(delivery!.eventId));
    const [replayed] = await deliveries(endpoint.endpointId);
    expect(replayed!.attempts.at(-1)).toMatchObject({ statusCode: 200, round: 1 });
  });

  it('disables an endpoint whose receiver keeps failing for more than a day, and mails the owner', async () => {
    answers.set('/down', [500]);
    const { endpoint } = await register('/down', ['client.created']);
    await ok(owner.post('/api/clients', { firstName: 'Down', lastName: 'Receiver' }));
    await deliverQueued();
    for (let round = 0; round < 10; round++) await deliverQueued(11 * HOUR);

    expect(at('/down')).toHaveLength(8);
    const [delivery] = await deliveries(endpoint.endpointId);
    expect(delivery!.state).toBe('failed');
    const state = await ok(owner.get<{ state: string; disabledReason?: string }>(`/api/webhooks/${endpoint.endpointId}`));
    expect(state.state).toBe('disabled');
    const mails = ((await (await fetch(`${world.notifications!.ses.url}/store`)).json()) as { emails: { subject: string; destination: { to: string[] } }[] }).emails;
    expect(mails.filter((mail) => mail.subject === 'A webhook endpoint was disabled').flatMap((mail) => mail.destination.to)).toContain(world.clinicA.users.owner!.email);
    // Replaying on a disabled endpoint is refused until it is enabled again.
    const refused = await owner.post(`/api/webhooks/${endpoint.endpointId}/replay`, { eventId: delivery!.eventId });
    expect(refused.status).toBe(409);
  });

  describe('in the AWS configuration (public addresses only)', () => {
    beforeAll(() => {
      setPorts({ outgoingMail: outgoingMailFromEnv(), scheduling: schedulingFromEnv(), webhookDelivery: webhookDeliveryFromEnv({ ...process.env, WEBHOOK_ALLOW_LOOPBACK: 'false' }) });
    });

    it.each([
      ['a private address', 'https://10.1.2.3/hook'],
      ['the instance metadata address', 'https://169.254.169.254/latest'],
      ['loopback', 'https://127.0.0.1/hook'],
      ['an IPv6 unique-local address', 'https://[fd00::1]/hook'],
      ['an IPv4-mapped private address', 'https://[::ffff:192.168.1.1]/hook'],
      ['localhost', 'https://localhost/hook'],
      ['plain HTTP', 'http://hooks.example.com/hook'],
    ])('refuses to register %s', async (_name, url) => {
      const response = await owner.post<{ errors: { path: string }[] }>('/api/webhooks', { url, eventTypes: ['client.created'] });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((error) => error.path)).toContain('body.url');
    });

    it('never reaches a loopback receiver registered before, recording the refusal', async () => {
      setPorts({ outgoingMail: outgoingMailFromEnv(), scheduling: schedulingFromEnv(), webhookDelivery: webhookDeliveryFromEnv() });
      const { endpoint } = await register('/private', ['client.created']);
      setPorts({ outgoingMail: outgoingMailFromEnv(), scheduling: schedulingFromEnv(), webhookDelivery: webhookDeliveryFromEnv({ ...process.env, WEBHOOK_ALLOW_LOOPBACK: 'false' }) });
      await ok(owner.post('/api/clients', { firstName: 'Private', lastName: 'Target' }));
      await deliverQueued();
      expect(at('/private')).toHaveLength(0);
      const [delivery] = await deliveries(endpoint.endpointId);
      expect(delivery!.attempts[0]).toMatchObject({ error: 'blocked_address' });
      expect(delivery!.state).toBe('pending');
    });
  });
});
