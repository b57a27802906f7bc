import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookingContext } from '@casefile/core';
import type { ApiClient } from '../support/apiClient';
import { startWorld, type World } from '../support/world';

type Booking = { appointment: { appointmentId: string; start: string } };

const hoursFromNow = (hours: number) => {
  const at = new Date(Date.now() + hours * 3_600_000);
  at.setUTCSeconds(0, 0);
  at.setUTCMinutes(at.getUTCMinutes() - (at.getUTCMinutes() % 5));
  return at.toISOString();
};

describe('booking context (A6)', () => {
  let world: World;
  let desk: ApiClient;
  let caseId: string;
  let otherCaseId: string;

  beforeAll(async () => {
    world = await startWorld();
    desk = await world.clinicA.api('front_desk');
    const client = await desk.post<{ clientId: string }>('/api/clients', {
      firstName: 'Dana',
      lastName: 'Context',
      email: 'dana.context@example.test',
      mobilePhone: '+1 416 555 0101',
      alerts: [{ text: 'Uses a wheelchair', severity: 'warning' }],
    });
    const clientId = client.body.clientId;
    caseId = (await desk.post<{ caseId: string }>(`/api/clients/${clientId}/cases`, { caseType: 'motor_vehicle_accident', intakeDate: '2026-01-05' })).body.caseId;
    otherCaseId = (await desk.post<{ caseId: string }>(`/api/clients/${clientId}/cases`, { caseType: 'private', intakeDate: '2026-02-01' })).body.caseId;
  });
  afterAll(() => world?.stop());

  const book = async (start: string, onCase = caseId) => {
    const { sessionId, calendarId } = world.clinicA.ids;
    const response = await desk.post<Booking>('/api/appointments', { caseId: onCase, sessionId, calendarId, start });
    expect(response.status).toBe(201);
    return response.body.appointment;
  };
  const setStatus = async (appointmentId: string, status: string, reason?: string) => {
    const response = await desk.post(`/api/appointments/${appointmentId}/status`, { status, ...(reason ? { reason } : {}) });
    expect(response.status).toBe(200);
  };

  it('shows the client, an empty history and the record’s own alerts for a new case', async () => {
    const response = await desk.get<BookingContext>(`/api/cases/${caseId}/booking-context`);
    expect(response.status).toBe(200);
    expect(response.body.client).toMatchObject({ name: 'Dana Context', email: 'dana.context@example.test', mobilePhone: '+1 416 555 0101', prefersEmail: true });
    expect(response.body.case).toMatchObject({ caseId, caseType: 'motor_vehicle_accident', status: 'open' });
    expect(response.body).toMatchObject({ lastVisit: null, upcoming: [], upcomingCount: 0, history: { visits: 0, noShows: 0, lateCancellations: 0, lastNoShow: null } });
    expect(response.body.alerts.map((alert) => alert.code)).toEqual(['client_alert', 'no_treatment_consent']);
  });

  it('counts visits, no-shows and late cancellations across the client’s cases, with the last and next visits', async () => {
    const older = await book(hoursFromNow(-24 * 10));
    await setStatus(older.appointmentId, 'arrived');
    const last = await book(hoursFromNow(-24 * 3), otherCaseId);
    await setStatus(last.appointmentId, 'arrived');
    const missedOnce = await book(hoursFromNow(-24 * 8));
    await setStatus(missedOnce.appointmentId, 'no_show');
    const missedTwice = await book(hoursFromNow(-24 * 5));
    await setStatus(missedTwice.appointmentId, 'no_show');
    const lateCancel = await book(hoursFromNow(3));
    await setStatus(lateCancel.appointmentId, 'canceled', 'Car trouble');
    const earlyCancel = await book(hoursFromNow(24 * 9));
    await setStatus(earlyCancel.appointmentId, 'canceled', 'Holiday');
    const next = await book(hoursFromNow(24 * 2));
    const after = await book(hoursFromNow(24 * 7), otherCaseId);

    const response = await desk.get<BookingContext>(`/api/cases/${caseId}/booking-context`);
    expect(response.status).toBe(200);
    const context = response.body;
    expect(context.history).toEqual({ visits: 2, noShows: 2, lateCancellations: 1, lastNoShow: missedTwice.start });
    expect(context.lastVisit).toMatchObject({ appointmentId: last.appointmentId, caseId: otherCaseId, status: 'arrived' });
    expect(context.lastVisit!.sessionName).not.toBe('');
    expect(context.lastVisit!.calendarName).not.toBe('');
    expect(context.upcoming.map((visit) => visit.appointmentId)).toEqual([next.appointmentId, after.appointmentId]);
    expect(context.upcomingCount).toBe(2);
    expect(context.alerts.map((alert) => alert.code)).toContain('repeated_no_shows');
    expect(context.alerts.map((alert) => alert.code)).not.toContain('repeated_late_cancellations');
  });

  it('raises a case that is not open', async () => {
    const owner = await world.clinicA.api('owner');
    expect((await owner.patch(`/api/cases/${otherCaseId}`, { status: 'on_hold' })).status).toBe(200);
    const context = (await desk.get<BookingContext>(`/api/cases/${otherCaseId}/booking-context`)).body;
    expect(context.alerts).toContainEqual(expect.objectContaining({ code: 'case_not_open', text: 'The case file is on hold.' }));
  });

  it('answers 404 for a case of another clinic', async () => {
    const other = await world.clinicB.api('owner');
    expect((await other.get(`/api/cases/${caseId}/booking-context`)).status).toBe(404);
  });
});
