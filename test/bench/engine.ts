/**
 * The availability engine's cost for one find-time query: 40 calendars x 28 days (09:00-17:00 with a
 * lunch break, America/Toronto, over the March DST change) with busy intervals spread over them,
 * staff mode, 50 starts per calendar. Pure CPU, no I/O. Beside it, the floor (engineFloor.ts): merely
 * parsing and sweeping the same input, and the engine's ratio to it. Part of `npm run bench`; alone:
 * `npx tsx test/bench/engine.ts`.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseAndSweep, offsetTable } from './engineFloor';
import { explainStart, findOpenings, type AvailabilityRequest, type CalendarAvailabilityInput } from '../../packages/core/src/availability';
import { buildCalendars, CALENDARS, DAYS, requestFor } from './engineInput';

const RUNS = Number(process.env.ENGINE_BENCH_RUNS ?? 50);
const WARM_UP = 10;

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
  const growth = [500, 2_000, 8_000, 32_000].map((busy) => {
    const sized = buildCalendars(busy);
    return { busyIntervals: busy, medianMs: measure(() => findOpenings(sized, staff)).medianMs };
  });
  const floor = [2_000, 32_000].map((busy) => floorPoint(buildCalendars(busy)));
  const at = answer[0]!.starts[0]!;
  const explain = { scenario: 'explainStart: one calendar with 50 busy intervals', ...measure(() => explainStart(calendars[0]!, staff, at)) };
  return {
    budget: 'findOpenings median under 10 ms (reported, not asserted)',
    findTime,
    online,
    growth: { points: growth, ratio8000to500: +(growth[2]!.medianMs / growth[0]!.medianMs).toFixed(2), ratio32000to500: +(growth[3]!.medianMs / growth[0]!.medianMs).toFixed(2) },
    explain,
    floor: {
      scenario: 'engine vs the floor (parse every busy instant and shift/break time once, sort, one sweep per calendar; see engineFloor.ts)',
      target: 'engine median at most 3x the floor median (ratio: wall time; cpuRatio: CPU time, steadier on a shared machine)',
      points: floor,
    },
  };
}

/**
 * The engine and the floor on the same calendars, both modes, timed in alternation so that a busy
 * machine slows both alike. Wall time as elsewhere in the bench, and the process's CPU time, which a
 * shared machine disturbs far less (a run preempted halfway counts only the time it ran).
 * `engineWithFreeIntervalsMedianMs` also reads every free interval's strings, as the staff API's
 * response does.
 */
function floorPoint(calendars: CalendarAvailabilityInput[]) {
  const offsets = offsetTable(calendars);
  const mode = (name: AvailabilityRequest['mode']) => {
    const request = requestFor(name);
    const [engine, floorRun] = measurePair(
      () => findOpenings(calendars, request),
      () => parseAndSweep(calendars, offsets, name === 'online'),
    );
    const withFreeIntervals = measure(() => findOpenings(calendars, request).forEach((calendar) => calendar.freeIntervals)).medianMs;
    return {
      engineMedianMs: engine.wallMs,
      floorMedianMs: floorRun.wallMs,
      ratio: +(engine.wallMs / floorRun.wallMs).toFixed(2),
      engineCpuMedianMs: engine.cpuMs,
      floorCpuMedianMs: floorRun.cpuMs,
      cpuRatio: +(engine.cpuMs / floorRun.cpuMs).toFixed(2),
      engineWithFreeIntervalsMedianMs: withFreeIntervals,
    };
  };
  return { busyIntervals: calendars.reduce((sum, calendar) => sum + calendar.busy.length, 0), staff: mode('staff'), online: mode('online') };
}

interface Timing {
  wallMs: number;
  cpuMs: number;
}

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Median wall and CPU milliseconds of two runs timed turn about. */
function measurePair(first: () => unknown, second: () => unknown): [Timing, Timing] {
  for (let i = 0; i < WARM_UP; i++) {
    first();
    second();
  }
  const runs = [first, second];
  const wall = runs.map((): number[] => []);
  const cpu = runs.map((): number[] => []);
  for (let i = 0; i < RUNS; i++) {
    runs.forEach((run, index) => {
      const cpu0 = cpuMs();
      const t0 = performance.now();
      run();
      wall[index]!.push(performance.now() - t0);
      cpu[index]!.push(cpuMs() - cpu0);
    });
  }
  const median = (list: number[]) => +list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!.toFixed(3);
  const timing = (index: number): Timing => ({ wallMs: median(wall[index]!), cpuMs: median(cpu[index]!) });
  return [timing(0), timing(1)];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify({ node: process.version, engine: await runEngineBench() }, null, 2));
}
