/**
 * Calendar feeds (SPEC P3) over HTTP on DynamoDB Local: the secret address serves RFC 5545 that an
 * independent parser (node-ical) reads back with the stored instants across the March DST change,
 * moves and cancellations show as higher SEQUENCE and STATUS:CANCELLED, client names appear only
 * once the clinic turns them on, and rotating or revoking stops the old address.
 */
import ical from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/apiClient';
import { startWorld, type World } from '../support/world';

interface Issued {
  url: string;
  calendarId: string;
}

describe('calendar feeds (P3)', () => {
  let world: World;
  let owner: ApiClient;
  let feedPath: string;

  /** The feed as a calendar app fetches it: no token, only the secret address. */
  async function fetchFeed(path = feedPath) {
    const response = await world.anonymous.get(path);
    const events = response.status === 200 ? (Object.values(ical.sync.parseICS(response.text)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[]) : [];
    return { response, events, byUid: new Map(events.map((event) => [event.uid, event])) };
  }

  async function book(start: string): Promise<string> {
    const { caseId, sessionId, calendarId } = world.clinicA.ids;
    const booked = await owner.post<{ appointment: { appointmentId: string } }>('/api/appointments', { caseId, sessionId, calendarId, start });
    expect(booked.status, booked.text).toBe(201);
    return booked.body.appointment.appointmentId;
  }

  beforeAll(async () => {
    world = await startWorld();
    owner = await world.clinicA.api('owner');
    const issued = await owner.post<Issued>(`/api/calendars/${world.clinicA.ids.calendarId}/feed`);
    expect(issued.status, issued.text).toBe(201);
    feedPath = new URL(issued.body.url).pathname;
  });
  afterAll(() => world?.stop());

  it('serves the calendar at its secret address, with DST-crossing times read back exactly', async () => {
    // Toronto springs forward on 2027-03-14: 10:00 local is 15:00Z before and 14:00Z after.
    const before = await book('2027-03-12T15:00:00.000Z');
    const after = await book('2027-03-16T14:00:00.000Z');
    const { response, byUid } = await fetchFeed();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.text).toContain('BEGIN:VTIMEZONE\r\nTZID:America/Toronto');
    expect(byUid.get(`${before}@casefile`)?.start.toISOString()).toBe('2027-03-12T15:00:00.000Z');
    expect(byUid.get(`${after}@casefile`)?.start.toISOString()).toBe('2027-03-16T14:00:00.000Z');
    expect(response.text).toContain('DTSTART;TZID=America/Toronto:20270312T100000');
    expect(response.text).toContain('DTSTART;TZID=America/Toronto:20270316T100000');
  });

  it('shows a move and a cancellation as a newer SEQUENCE with STATUS:CANCELLED', async () => {
    const appointmentId = await book('2027-02-02T15:00:00.000Z');
    const first = (await fetchFeed()).byUid.get(`${appointmentId}@casefile`)!;
    expect(first.status).toBe('CONFIRMED');

    const moved = await owner.post<{ appointment: { appointmentId: string } }>(`/api/appointments/${appointmentId}/move`, { start: '2027-02-03T15:00:00.000Z' });
    expect(moved.status, moved.text).toBe(201);
    const newId = moved.body.appointment.appointmentId;
    const afterMove = await fetchFeed();
    const old = afterMove.byUid.get(`${appointmentId}@casefile`)!;
    expect(old.status).toBe('CANCELLED');
    expect(Number(old.sequence)).toBeGreaterThan(Number(first.sequence));
    expect(afterMove.byUid.get(`${newId}@casefile`)?.start.toISOString()).toBe('2027-02-03T15:00:00.000Z');

    const canceled = await owner.post(`/api/appointments/${newId}/status`, { status: 'canceled', reason: 'Client called' });
    expect(canceled.status, canceled.text).toBeLessThan(300);
    expect((await fetchFeed()).byUid.get(`${newId}@casefile`)?.status).toBe('CANCELLED');
  });

  it('names clients only once the clinic turns names on', async () => {
    const client = await owner.get<{ client: { firstName: string; lastName: string } }>(`/api/clients/${world.clinicA.ids.clientId}`);
    const { lastName } = client.body.client;
    expect((await fetchFeed()).response.text).not.toContain(lastName);
    expect((await owner.request('PUT', '/api/settings/calendar-feeds', { showClientNames: true })).status).toBe(200);
    expect((await fetchFeed()).response.text).toContain(lastName);
    await owner.request('PUT', '/api/settings/calendar-feeds', { showClientNames: false });
  });

  it('lets a provider manage only their own calendar, and only provider calendars have feeds', async () => {
    const provider = await world.clinicA.api('provider');
    const calendars = await owner.get<{ items: { calendarId: string; kind: string; memberId?: string }[] }>('/api/calendars');
    const someoneElses = calendars.body.items.find((c) => c.kind === 'provider' && c.memberId !== world.clinicA.users.provider?.memberId)!;
    expect((await provider.post(`/api/calendars/${someoneElses.calendarId}/feed`)).status).toBe(403);
    const room = calendars.body.items.find((c) => c.kind !== 'provider');
    if (room) expect((await owner.post(`/api/calendars/${room.calendarId}/feed`)).status).toBe(422);
  });

  it('stops the old address on rotation and every address on revocation', async () => {
    const state = await owner.get<{ active: boolean }>(`/api/calendars/${world.clinicA.ids.calendarId}/feed`);
    expect(state.body).toMatchObject({ active: true });
    expect(state.text).not.toContain(feedPath.split('/').pop()!);

    const rotated = await owner.post<Issued>(`/api/calendars/${world.clinicA.ids.calendarId}/feed`);
    const rotatedPath = new URL(rotated.body.url).pathname;
    expect(rotatedPath).not.toBe(feedPath);
    expect((await fetchFeed(feedPath)).response.status).toBe(404);
    expect((await fetchFeed(rotatedPath)).response.status).toBe(200);

    expect((await owner.request('DELETE', `/api/calendars/${world.clinicA.ids.calendarId}/feed`)).status).toBe(204);
    const gone = await fetchFeed(rotatedPath);
    expect(gone.response.status).toBe(404);
    expect(gone.response.headers.get('content-type')).toBe('application/problem+json');
    expect((await owner.get<{ active: boolean }>(`/api/calendars/${world.clinicA.ids.calendarId}/feed`)).body.active).toBe(false);
  });
});
