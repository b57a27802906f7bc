/**
 * The living demo of `npm start` (issue 16): seeded through the real use cases, last week and this
 * week hold appointments in every status, today is a busy day, billing agrees with the statuses
 * (paid visits have paid invoices, a no-show carries its fee), and both locations have calendars.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient, createService } from '@casefile/db';
import { type DemoActivity, seedDemoActivity } from '../../hosts/local/src/seed/activity/seedDemoActivity';
import { DEMO_CLINICS } from '../../hosts/local/src/seed/demoData';
import { dynamoEndpoint } from '../setup/fileDynamo';
import type { ApiClient } from '../support/apiClient';
import { startWorld, type World } from '../support/world';

interface DayAppointment { appointmentId: string; status: string; caseId: string; start: string }
interface Charge { appointmentId?: string; description: string; status: string; invoiceId?: string }
interface DayView { columns: { calendarId: string; appointments: DayAppointment[] }[]; counts: Record<string, number>; timeZone: string }

const ALL_STATUSES = 'booked,confirmed,arrived,paid,no_show,canceled,rebooked';

describe('the living demo', () => {
  let world: World;
  let owner: ApiClient;
  let seedMs: number;
  let seeded: DemoActivity[];
  const days: Map<string, DayView> = new Map();

  beforeAll(async () => {
    world = await startWorld();
    const started = performance.now();
    // The first demo clinic is enough here (the second is the same code, smaller).
    seeded = [await seedDemoActivity(createService(createDocumentClient(await dynamoEndpoint()), world.tableName), DEMO_CLINICS[0]!)];
    seedMs = performance.now() - started;
    await world.drainStreams();
    owner = await world.clinicA.api('owner');
    console.log(`living demo of one clinic seeded in ${Math.round(seedMs)} ms`);
  }, 400_000);

  afterAll(async () => {
    await world?.stop();
  });

  async function weekDays(): Promise<string[]> {
    const zone = 'America/Toronto';
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
    const dates: string[] = [];
    for (let offset = -13; offset <= 6; offset++) dates.push(new Date(Date.parse(`${today}T12:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10));
    return dates;
  }

  async function dayAt(locationId: string, date: string): Promise<DayView> {
    const key = `${locationId}/${date}`;
    if (!days.has(key)) days.set(key, (await owner.get<DayView>(`/api/day-view?locationId=${locationId}&date=${date}&statuses=${ALL_STATUSES}`)).body);
    return days.get(key)!;
  }

  async function chargesOf(appointment: DayAppointment) {
    const charges = (await owner.get<{ items: Charge[] }>(`/api/cases/${appointment.caseId}/charges`)).body.items;
    return charges.filter((charge) => charge.appointmentId === appointment.appointmentId);
  }

  it('fills today, this week and last with appointments in every status, at both locations', { timeout: 180_000 }, async () => {
    const locations = (await owner.get<{ items: { locationId: string }[] }>('/api/locations')).body.items;
    expect(locations).toHaveLength(2);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date());
    const todayView = await dayAt(locations[0]!.locationId, today);
    const todayTotal = Object.values(todayView.counts).reduce((sum, count) => sum + count, 0);
    expect(todayTotal).toBeGreaterThanOrEqual(12);

    const statuses = new Set<string>();
    let second = 0;
    const dates = await weekDays();
    await Promise.all(locations.flatMap((location) => dates.map((date) => dayAt(location.locationId, date))));
    for (const date of dates) {
      for (const [index, location] of locations.entries()) {
        const view = await dayAt(location.locationId, date);
        for (const column of view.columns) {
          for (const appointment of column.appointments) {
            statuses.add(appointment.status);
            if (index === 1) second++;
          }
        }
      }
    }
    expect([...statuses].sort()).toEqual(expect.arrayContaining(['arrived', 'booked', 'canceled', 'confirmed', 'no_show', 'paid']));
    expect(seeded[0]!.online).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(5);
  });

  it('bills consistently: paid visits sit on paid invoices and a no-show carries its fee', async () => {
    const views = [...days.values()];
    const all = views.flatMap((view) => view.columns.flatMap((column) => column.appointments));
    const paid = all.find((appointment) => appointment.status === 'paid')!;
    const paidCharges = await chargesOf(paid);
    expect(paidCharges.length).toBeGreaterThan(0);
    for (const charge of paidCharges) {
      const invoice = (await owner.get<{ status: string }>(`/api/invoices/${charge.invoiceId}`)).body;
      expect(invoice.status).toBe('paid');
    }
    const noShows = all.filter((appointment) => appointment.status === 'no_show');
    const fees = await Promise.all(noShows.map(chargesOf));
    expect(fees.flat().map((charge) => charge.description)).toContain('Missed appointment fee');
  });

  it('warns about a staff booking outside every shift, and still books it (issue 16, item 5)', async () => {
    const { calendarId, sessionId, caseId } = world.clinicA.ids;
    const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date(Date.now() + 86_400_000));
    const early = new Date(`${tomorrow}T04:33:00-05:00`).toISOString();
    const desk = await world.clinicA.api('front_desk');
    const booked = await desk.post<{ appointment: { start: string }; warnings?: { code: string; text: string }[] }>('/api/appointments', { caseId, sessionId, calendarId, start: early });
    expect(booked.status).toBe(201);
    expect(booked.body.appointment.start).toBe(early);
    expect(booked.body.warnings?.map((warning) => warning.code)).toContain('outside_shift');
  });

  it('finds clients by given name, by family name and by a phone typed as shown (issue 16, item 7)', async () => {
    const desk = await world.clinicA.api('front_desk');
    const names = async (terms: { name?: string; phone?: string }) => (await desk.post<{ items: { firstName: string; lastName: string }[] }>('/api/clients/search', terms)).body.items.map((item) => `${item.firstName} ${item.lastName}`);
    expect(await names({ name: 'emma' })).toEqual(['Emma Thompson']);
    expect(await names({ name: 'emma thom' })).toEqual(['Emma Thompson']);
    expect(await names({ name: 'smith' })).toEqual(expect.arrayContaining(['Noah Smith', 'Ava Smithers']));
    expect(await names({ phone: '416 555 0144' })).toEqual(['Noah Smith']);
    expect(await names({ phone: '+1 (416) 555-0144' })).toEqual(['Noah Smith']);
  });

  it('gives each clinic a phone', async () => {
    expect((await owner.get<{ phone?: string }>('/api/clinic')).body.phone).toBe('+1 416 555 0100');
  });
});
