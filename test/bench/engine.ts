/**
 * The availability engine's cost for one find-time query: 40 calendars x 28 days (09:00-17:00 with a
 * lunch break, America/Toronto, over the March DST change) with busy intervals spread over them,
 * staff mode, 50 starts per calendar. Pure CPU, no I/O. Part of `npm run bench`; alone:
 * `npx tsx test/bench/engine.ts`.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Temporal } from 'temporal-polyfill';
import { explainStart, findOpenings, type AvailabilityRequest, type BusyInput, type CalendarAvailabilityInput } from '../../packages/core/src/availability';

const ZONE = 'America/Toronto';
const CALENDARS = 40;
const DAYS = 28;
const FIRST_DAY = Temporal.PlainDate.from('2026-03-02');
const RUNS = Number(process.env.ENGINE_BENCH_RUNS ?? 50);
const WARM_UP = 10;

/** Deterministic pseudo-random numbers, so every run measures the same calendars. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function buildCalendars(busyCount: number): CalendarAvailabilityInput[] {
  const next = random(busyCount);
  const days = Array.from({ length: DAYS }, (_, i) => FIRST_DAY.add({ days: i }));
  const calendars = Array.from({ length: CALENDARS }, (_, c): CalendarAvailabilityInput => ({
    calendarId: `cal-${c}`,
    timeZone: ZONE,
    disciplineIds: ['physio'],
    onlineBooking: true,
    guardrails: { leadTimeMinutes: 120, bufferBeforeMinutes: 10, bufferAfterMinutes: 10, horizonDays: 60, selfCancelWindowHours: 24 },
    shifts: days.map((day) => ({ shiftId: `shift-${c}-${day}`, date: day.toString(), start: '09:00', end: '17:00', breaks: [{ start: '12:00', end: '13:00' }] })),
    blocks: [],
    busy: [] as BusyInput[],
  }));
  for (let i = 0; i < busyCount; i++) {
    const day = days[Math.floor(next() * DAYS)]!;
    const start = day.toPlainDateTime({ hour: 9 + Math.floor(next() * 8), minute: 15 * Math.floor(next() * 4) }).toZonedDateTime(ZONE);
    const end = start.add({ minutes: [30, 45, 60][Math.floor(next() * 3)]! });
    calendars[i % CALENDARS]!.busy.push({ appointmentId: `appt-${i}`, start: start.toInstant().toString(), end: end.toInstant().toString() });
  }
  return calendars;
}

function requestFor(mode: AvailabilityRequest['mode']): AvailabilityRequest {
  const from = FIRST_DAY.toZonedDateTime(ZONE);
  return {
    session: { sessionId: 'ses', disciplineId: 'physio', durationMinutes: 45, onlineBookable: true },
    from: from.toInstant().toString(),
    to: from.add({ days: DAYS }).toInstant().toString(),
    now: from.subtract({ days: 1 }).toInstant().toString(),
    mode,
    slotMinutes: 15,
    limit: 50,
  };
}

function measure(run: () => unknown) {
  for (let i = 0; i < WARM_UP; i++) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => +times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
  return { runs: RUNS, medianMs: at(0.5), p95Ms: at(0.95), minMs: +times[0]!.toFixed(2) };
}

export async function runEngineBench() {
  const staff = requestFor('staff');
  const calendars = buildCalendars(2_000);
  const answer = findOpenings(calendars, staff);
  const findTime = {
    scenario: `findOpenings: ${CALENDARS} calendars x ${DAYS} days, 2000 busy intervals, staff, limit 50`,
    startsReturned: answer.reduce((sum, calendar) => sum + calendar.starts.length, 0),
    freeIntervalsReturned: answer.reduce((sum, calendar) => sum + calendar.freeIntervals.length, 0),
    ...measure(() => findOpenings(calendars, staff)),
  };
  const online = { scenario: 'the same, online mode (lead time, buffers, horizon)', ...measure(() => findOpenings(calendars, requestFor('online'))) };
  const growth = [500, 2_000, 8_000].map((busy) => {
    const sized = buildCalendars(busy);
    return { busyIntervals: busy, medianMs: measure(() => findOpenings(sized, staff)).medianMs };
  });
  const at = answer[0]!.starts[0]!;
  const explain = { scenario: 'explainStart: one calendar with 50 busy intervals', ...measure(() => explainStart(calendars[0]!, staff, at)) };
  return {
    budget: 'findOpenings median under 10 ms (reported, not asserted)',
    findTime,
    online,
    growth: { points: growth, ratio8000to500: +(growth[2]!.medianMs / growth[0]!.medianMs).toFixed(2) },
    explain,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify({ node: process.version, engine: await runEngineBench() }, null, 2));
}
