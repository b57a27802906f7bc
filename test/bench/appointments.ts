/**
 * Appointment benches (issue 4): booking through the local gateway in staff and no-overlap mode,
 * and the day view of one location with 30 calendars and 300 appointments.
 */
import { Temporal } from 'temporal-polyfill';
import type { Scenario, ScenarioOptions } from './scenario';

type RunScenario = (scenario: Scenario, options?: ScenarioOptions) => Promise<Record<string, unknown>>;

interface AppointmentBenchInput {
  baseUrl: string;
  /** Headers of a manager or owner: the setup creates calendars and sessions. */
  headers: Record<string, string>;
  run: RunScenario;
}

const ZONE = 'America/Toronto';
const BOOKINGS = Number(process.env.BENCH_BOOKINGS ?? 500);
const DAY_VIEW_DATE = '2032-03-10';
const DAY_VIEW_CALENDARS = 30;
const APPOINTMENTS_PER_CALENDAR = 10;

export async function runAppointmentBench({ baseUrl, headers, run }: AppointmentBenchInput) {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, { method, headers, ...(body ? { body: JSON.stringify(body) } : {}) });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const [location] = (await call<{ items: { locationId: string; timeZone: string }[] }>('GET', '/api/locations')).items;
  const [discipline] = (await call<{ items: { disciplineId: string }[] }>('GET', '/api/disciplines')).items;
  const session = await call<{ sessionId: string }>('POST', '/api/sessions', { name: 'Bench visit', disciplineId: discipline!.disciplineId, durationMinutes: 30 });
  const client = await call<{ clientId: string }>('POST', '/api/clients', { firstName: 'Booking', lastName: 'Bench' });
  const caseFile = await call<{ caseId: string }>('POST', `/api/clients/${client.clientId}/cases`, { caseType: 'private', intakeDate: '2026-11-01' });
  const calendars: string[] = [];
  for (let index = 0; index < DAY_VIEW_CALENDARS; index += 1) {
    const calendar = await call<{ calendarId: string }>('POST', '/api/calendars', { kind: 'room', name: `Bench room ${index + 1}`, locationId: location!.locationId, disciplineIds: [discipline!.disciplineId] });
    calendars.push(calendar.calendarId);
  }
  // Shifts 08:00-18:00 on every day the bookings use, on the first calendar only. Consecutive
  // requests go to different days, as a clinic's bookings do; one day's contention is the race test's.
  const firstDay = Temporal.PlainDate.from('2032-01-05');
  const slotsPerDay = 20;
  const bookingDays = 42;
  await call('POST', '/api/shifts/repeat', {
    calendarIds: [calendars[0]],
    startDate: firstDay.toString(),
    weeks: bookingDays / 7,
    weekdays: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'],
    start: '08:00',
    end: '18:00',
    breaks: [],
  });
  const slot = (index: number) => {
    const position = index + 50; // warm-up requests count down from -1 to -50
    const day = firstDay.add({ days: position % bookingDays });
    return day.toPlainDateTime({ hour: 8 }).add({ minutes: 30 * (Math.floor(position / bookingDays) % slotsPerDay) }).toZonedDateTime(ZONE).toInstant().toString();
  };
  const book = (calendarId: string, start: string, mode: string) =>
    fetch(`${baseUrl}/api/appointments`, { method: 'POST', headers, body: JSON.stringify({ caseId: caseFile.caseId, sessionId: session.sessionId, calendarId, start, mode }) });

  const noOverlap = await run({ name: 'POST /api/appointments (no_overlap, free slots inside shifts)', request: (index) => book(calendars[0]!, slot(index), 'no_overlap') }, { requests: BOOKINGS });
  const staff = await run({ name: 'POST /api/appointments (staff mode)', request: (index) => book(calendars[1]!, slot(index), 'staff') }, { requests: BOOKINGS });

  for (const calendarId of calendars) await call('POST', '/api/shifts', { calendarId, date: DAY_VIEW_DATE, start: '08:00', end: '18:00', breaks: [] });
  const dayStart = Temporal.PlainDate.from(DAY_VIEW_DATE).toPlainDateTime({ hour: 8 });
  const pending: Promise<unknown>[] = [];
  for (const calendarId of calendars) {
    for (let index = 0; index < APPOINTMENTS_PER_CALENDAR; index += 1) {
      const start = dayStart.add({ minutes: 45 * index }).toZonedDateTime(ZONE).toInstant().toString();
      pending.push(call('POST', '/api/appointments', { caseId: caseFile.caseId, sessionId: session.sessionId, calendarId, start }));
      if (pending.length >= 16) await Promise.all(pending.splice(0));
    }
  }
  await Promise.all(pending);
  const dayViewScenario = {
    name: `GET /api/day-view (${DAY_VIEW_CALENDARS} calendars with shifts, ${DAY_VIEW_CALENDARS * APPOINTMENTS_PER_CALENDAR} appointments)`,
    request: () => fetch(`${baseUrl}/api/day-view?locationId=${location!.locationId}&date=${DAY_VIEW_DATE}`, { headers }),
  };
  const dayViews = Number(process.env.BENCH_DAY_VIEWS ?? 200);
  const dayViewAlone = await run({ ...dayViewScenario, name: `${dayViewScenario.name}, one at a time` }, { requests: dayViews / 4, concurrency: 1 });
  const dayViewLoaded = await run(dayViewScenario, { requests: dayViews });
  return [noOverlap, staff, dayViewAlone, dayViewLoaded];
}
