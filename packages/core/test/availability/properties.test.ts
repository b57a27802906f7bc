import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import {
  explainStart,
  findMultiResourceOpenings,
  findOpenings,
  type AvailabilityRequest,
  type CalendarAvailabilityInput,
  type WallClockShift,
} from '../../src/availability';
import { oracleFor } from './oracle';

const ZONES = ['America/Toronto', 'Europe/London', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'];
// Days of the 2026 changes in those zones, and two ordinary ones.
const ANCHORS = ['2026-03-08', '2026-11-01', '2026-03-29', '2026-10-25', '2026-04-05', '2026-10-04', '2026-06-15', '2026-01-20'];
const SLOTS = [5, 10, 15, 20, 30, 45, 50, 60, 90];
const DURATIONS = [5, 15, 30, 45, 50, 60, 90, 120];
const STEP = 5 * 60_000;
// Every edge the generators make (shift quarters, 5-minute breaks and instants, zone offsets in
// quarter hours) lies on the 5-minute UTC grid, so checking the grid checks everything.

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const iso = (ms: number) => new Date(ms).toISOString();

const shiftTimesArb = fc.oneof(
  // Day shifts, shifts anywhere (to 24:00), and night shifts over the hours clocks change.
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 28, max: 44 }), fc.integer({ min: 56, max: 80 })) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: 96 }), fc.integer({ min: 0, max: 96 })) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 0, max: 24 })) },
)
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => [Math.min(a, b) * 15, Math.max(a, b) * 15] as const);

const shiftArb = (anchor: string) =>
  fc
    .tuple(fc.integer({ min: -1, max: 2 }), shiftTimesArb)
    .chain(([dayOffset, [start, end]]) =>
      fc
        .array(
          fc.tuple(fc.integer({ min: start / 5, max: end / 5 }), fc.integer({ min: start / 5, max: end / 5 })).filter(([a, b]) => a !== b),
          { maxLength: 5, size: 'xsmall' },
        )
        .map(
          (breaks): Omit<WallClockShift, 'shiftId'> => ({
            date: Temporal.PlainDate.from(anchor).add({ days: dayOffset }).toString(),
            start: hhmm(start),
            end: hhmm(end),
            breaks: breaks.map(([a, b]) => ({ start: hhmm(Math.min(a, b) * 5), end: hhmm(Math.max(a, b) * 5) })),
          }),
        ),
    );

const spanArb = (base: number, maxSteps: number) =>
  fc.tuple(fc.integer({ min: -288, max: 864 }), fc.integer({ min: 1, max: maxSteps })).map(([offset, length]) => ({ start: iso(base + offset * STEP), end: iso(base + (offset + length) * STEP) }));

const calendarArb = (anchor: string, zone: fc.Arbitrary<string>, calendarId: string): fc.Arbitrary<CalendarAvailabilityInput> => {
  const base = Date.parse(`${anchor}T00:00:00Z`);
  return fc.record({
    calendarId: fc.constant(calendarId),
    timeZone: zone,
    disciplineIds: fc.oneof({ weight: 6, arbitrary: fc.constant<string[]>(['D', 'E']) }, { weight: 1, arbitrary: fc.constant<string[]>(['E']) }),
    onlineBooking: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    guardrails: fc.record({
      leadTimeMinutes: fc.integer({ min: 0, max: 120 }).map((n) => n * 5),
      bufferBeforeMinutes: fc.integer({ min: 0, max: 12 }).map((n) => n * 5),
      bufferAfterMinutes: fc.integer({ min: 0, max: 12 }).map((n) => n * 5),
      horizonDays: fc.integer({ min: 1, max: 4 }),
      selfCancelWindowHours: fc.constant(24),
    }),
    shifts: fc.array(shiftArb(anchor), { minLength: 2, maxLength: 8 }).map((shifts) => shifts.map((shift, i) => ({ shiftId: `S${i}`, ...shift }))),
    blocks: fc.array(spanArb(base, 576), { maxLength: 3, size: 'xsmall' }).map((spans) => spans.map((span, i) => ({ blockId: `B${i}`, kind: 'meeting', ...span }))),
    busy: fc.array(spanArb(base, 36), { maxLength: 10 }).map((spans) => spans.map((span, i) => ({ appointmentId: `A${i}`, ...span }))),
  });
};

const requestArb = (anchor: string): fc.Arbitrary<AvailabilityRequest> => {
  const base = Date.parse(`${anchor}T00:00:00Z`);
  return fc
    .record({
      // Mostly before the window, sometimes inside it.
      nowBeforeFrom: fc.integer({ min: -144, max: 432 }),
      from: fc.integer({ min: -288, max: 432 }),
      length: fc.oneof({ weight: 1, arbitrary: fc.integer({ min: 0, max: 36 }) }, { weight: 5, arbitrary: fc.integer({ min: 72, max: 576 }) }),
      slotMinutes: fc.constantFrom(...SLOTS),
      durationMinutes: fc.constantFrom(...DURATIONS),
      limit: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.constant(10_000)),
      mode: fc.constantFrom('staff' as const, 'online' as const),
      onlineBookable: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    })
    .map((r) => ({
      session: { sessionId: 'ses', disciplineId: 'D', durationMinutes: r.durationMinutes, onlineBookable: r.onlineBookable },
      now: iso(base + (r.from - r.nowBeforeFrom) * STEP),
      from: iso(base + r.from * STEP),
      to: iso(base + (r.from + r.length) * STEP),
      slotMinutes: r.slotMinutes,
      limit: r.limit,
      mode: r.mode,
    }));
};

// One to three calendars per query, in any zones, so zone-keyed caches are shared and tested.

const scenarioArb = fc.constantFrom(...ANCHORS).chain((anchor) =>
  fc.record({
    calendars: fc.integer({ min: 1, max: 3 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => calendarArb(anchor, fc.constantFrom(...ZONES), `C${i}`)))),
    request: requestArb(anchor),
  }),
);

function gridIn(fromMs: number, toMs: number): number[] {
  const points: number[] = [];
  for (let ms = fromMs; ms < toMs; ms += STEP) points.push(ms);
  return points;
}

describe('findOpenings and explainStart over random calendars', () => {
  it('offer exactly the aligned starts the rules allow, and explain every other one', () => {
    fc.assert(
      fc.property(scenarioArb, ({ calendars, request }) => {
        const results = findOpenings(calendars, request);
        const { mode, slotMinutes = 15, limit = 50 } = request;
        const duration = request.session.durationMinutes * 60_000;
        expect(results.map((result) => result.calendarId)).toEqual(calendars.map((calendar) => calendar.calendarId));

        calendars.forEach((calendar, index) => {
          const { starts, freeIntervals } = results[index]!;
          const oracle = oracleFor(calendar, request);
          const startMs = starts.map(Date.parse);

          // Sound: inside a shift, clear of breaks, blocks, busy (and buffers, lead time, horizon online).
          for (const start of startMs) {
            expect(oracle.isBookable(start, mode), `${iso(start)} offered but not bookable`).toBe(true);
            expect(oracle.isAligned(start, slotMinutes), `${iso(start)} not on the local ${slotMinutes}-minute grid`).toBe(true);
            expect(start).toBeGreaterThanOrEqual(Date.parse(request.from));
            expect(start).toBeLessThan(Date.parse(request.to));
          }
          // Complete: the first `limit` aligned, bookable instants of the window, ascending.
          const aligned = gridIn(Date.parse(request.from), Date.parse(request.to)).filter((ms) => oracle.isAligned(ms, slotMinutes));
          expect(starts).toEqual(aligned.filter((ms) => oracle.isBookable(ms, mode)).slice(0, limit).map(iso));

          // Free intervals: sorted, merged, and free exactly where the rules say, point by point.
          const free = freeIntervals.map((interval) => ({ start: Date.parse(interval.start), end: Date.parse(interval.end) }));
          free.forEach((interval, i) => {
            expect(interval.end).toBeGreaterThan(interval.start);
            if (i > 0) expect(interval.start).toBeGreaterThan(free[i - 1]!.end);
          });
          for (const ms of gridIn(Date.parse(request.from) - 3_600_000, Date.parse(request.to) + 3_600_000)) {
            expect(free.some((interval) => interval.start <= ms && ms < interval.end), `free at ${iso(ms)}`).toBe(oracle.isFreeAt(ms));
          }
          for (const start of startMs) expect(free.some((interval) => interval.start <= start && start + Math.min(duration, 1) <= interval.end)).toBe(true);

          // Explain agrees: offered starts are bookable; the rest of the grid has a reason of the mode's scope.
          for (const start of startMs) expect(explainStart(calendar, request, iso(start)).bookable).toBe(true);
          if (starts.length < limit) {
            for (const ms of aligned) {
              if (startMs.includes(ms)) continue;
              const explanation = explainStart(calendar, request, iso(ms));
              expect(explanation.bookable, `${iso(ms)} not offered but explained as bookable`).toBe(false);
              expect(explanation.reasons.some((reason) => mode === 'online' || reason.scope === 'all')).toBe(true);
            }
          }
        });
      }),
      { numRuns: 150 },
    );
  });

  it('explain matches the rules at any instant, for staff and online alike', () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(fc.integer({ min: -288, max: 864 }), { minLength: 1, maxLength: 20 }), ({ calendars, request }, offsets) => {
        const calendar = calendars[0]!;
        const oracle = oracleFor(calendar, request);
        const base = Date.parse(request.now) - (Date.parse(request.now) % 86_400_000);
        for (const offset of offsets) {
          const ms = base + offset * STEP + (offset % 3) * 60_000;
          const explanation = explainStart(calendar, request, iso(ms));
          expect(explanation.bookableByStaff).toBe(oracle.isBookable(ms, 'staff'));
          expect(explanation.bookable).toBe(oracle.isBookable(ms, request.mode));
          expect(explanation.reasons.some((reason) => reason.scope === 'all')).toBe(!explanation.bookableByStaff);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('findMultiResourceOpenings over random calendars', () => {
  const multiArb = fc.constantFrom(...ANCHORS).chain((anchor) =>
    fc.constantFrom(...ZONES).chain((zone) =>
      fc.record({
        provider: calendarArb(anchor, fc.constant(zone), 'P'),
        rooms: fc.tuple(calendarArb(anchor, fc.constant(zone), 'R0'), calendarArb(anchor, fc.constant(zone), 'R1')),
        equipment: fc.option(calendarArb(anchor, fc.constant(zone), 'E0'), { nil: undefined }),
        request: requestArb(anchor),
      }),
    ),
  );

  it('offers a start only where the provider and the chosen resources are all free, and every such start', () => {
    fc.assert(
      fc.property(multiArb, ({ provider, rooms, equipment, request }) => {
        const kinds = equipment ? [[...rooms], [equipment]] : [[...rooms]];
        const openings = findMultiResourceOpenings(provider, kinds, request);
        const everything = { ...request, limit: 100_000 };
        const startsOf = (calendar: CalendarAvailabilityInput) => new Set(findOpenings([calendar], everything)[0]!.starts);
        const providerStarts = startsOf(provider);
        const kindStarts = kinds.map((calendars) => calendars.map(startsOf));

        const expected = [...providerStarts].filter((start) => kindStarts.every((calendars) => calendars.some((starts) => starts.has(start))));
        expect(openings.map((opening) => opening.start)).toEqual(expected.slice(0, request.limit));
        for (const opening of openings) {
          expect(opening.calendarIds[0]).toBe('P');
          kinds.forEach((calendars, kind) => {
            const chosen = calendars.findIndex((calendar) => calendar.calendarId === opening.calendarIds[kind + 1]);
            expect(kindStarts[kind]![chosen]!.has(opening.start)).toBe(true);
            for (let earlier = 0; earlier < chosen; earlier++) expect(kindStarts[kind]![earlier]!.has(opening.start)).toBe(false);
            expect(explainStart(calendars[chosen]!, request, opening.start).bookable).toBe(true);
          });
        }
      }),
      { numRuns: 100 },
    );
  });
});
