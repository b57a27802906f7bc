import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysFromCivil, parseInstant, parseUtcInstant } from '../../src/availability/instants';

const pad = (value: number, width: number) => String(value).padStart(width, '0');

// Every instant of years 0000-9999 written as Temporal and toISOString write them, trimmed as the API allows.
const writtenInstantArb = fc
  .tuple(fc.date({ min: new Date('0000-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }), fc.constantFrom(16, 19, 21, 22, 23))
  .map(([date, length]) => `${date.toISOString().slice(0, length)}Z`);

// Text near the shape: any digits (so also month 13, day 31 of 30-day months, hour 24) and stray characters.
const nearShapeArb = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 0, max: 19 }),
    fc.integer({ min: 0, max: 39 }),
    fc.integer({ min: 0, max: 29 }),
    fc.integer({ min: 0, max: 69 }),
    fc.integer({ min: 0, max: 69 }),
    fc.constantFrom('', '.5', '.25', '.125', '.1234', '.'),
    fc.constantFrom('Z', 'z', '+00:00', '-04:00', ''),
    fc.constantFrom('T', 't', ' '),
  )
  .map(([y, mo, d, h, mi, s, fraction, zone, t]) => `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}${t}${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${fraction}${zone}`);

/** What parseInstant accepted before the fast path: the strict shape, a real date, then Date.parse. */
const STRICT = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
function reference(value: string): number {
  if (!STRICT.test(value)) return NaN;
  const [year, month, day] = [Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))];
  if (new Date(Date.UTC(2000, month - 1, day)).getUTCDate() !== day || (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)))) return NaN;
  return Date.parse(value);
}

describe('parseUtcInstant', () => {
  it('reads every instant of years 0000-9999 in the written shape as Date.parse does', () => {
    fc.assert(fc.property(writtenInstantArb, (text) => {
        expect(parseUtcInstant(text)).toBe(Date.parse(text));
      }), { numRuns: 2_000 });
  });

  it('reads near-shape text as Date.parse does, or leaves it (NaN) to the strict fallback', () => {
    fc.assert(
      fc.property(nearShapeArb, (text) => {
        const fast = parseUtcInstant(text);
        if (!Number.isNaN(fast)) expect(fast).toBe(reference(text));
        // Through parseInstant, the answer is the reference's: a number, or an error.
        const expected = reference(text);
        if (Number.isNaN(expected)) expect(() => parseInstant(text, 'at')).toThrow(expect.objectContaining({ path: 'at' }));
        else expect(parseInstant(text, 'at')).toBe(expected);
      }),
      { numRuns: 2_000 },
    );
  });

  it.each(['2026-02-29T10:00Z', '2026-04-31T10:00:00Z', '2026-13-01T10:00Z', '2026-03-08T24:00Z', '2026-03-08T10:60Z', '2026-03-08T10:00:60Z', '2026-03-08T10:00:00.Z', '2026-03-08', '+02026-03-08T10:00Z'])(
    'refuses %s',
    (text) => {
      expect(parseUtcInstant(text)).toBeNaN();
    },
  );

  it('accepts the API shapes, from minutes to milliseconds', () => {
    expect(parseUtcInstant('2024-02-29T23:59Z')).toBe(Date.UTC(2024, 1, 29, 23, 59));
    expect(parseUtcInstant('2026-03-08T07:00:00Z')).toBe(Date.UTC(2026, 2, 8, 7));
    expect(parseUtcInstant('2026-03-08T07:00:00.5Z')).toBe(Date.UTC(2026, 2, 8, 7, 0, 0, 500));
    expect(parseUtcInstant('0001-01-01T00:00:00.007Z')).toBe(Date.parse('0001-01-01T00:00:00.007Z'));
  });
});

describe('daysFromCivil', () => {
  it('counts days as Date does, BC years and leap centuries included', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('-000400-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        expect(daysFromCivil(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())).toBe(Math.floor(date.getTime() / 86_400_000));
      }),
    );
  });
});
