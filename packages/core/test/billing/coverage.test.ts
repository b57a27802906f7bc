import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitLine, ValidationError, type Coverage, type PayerShareInput } from '../../src';

const line = (subtotalMinor: number, taxByCode: Record<string, number> = {}) => ({ subtotalMinor, taxByCode });

function expectConsistent(input: { subtotalMinor: number; taxByCode: Record<string, number> }, shares: ReturnType<typeof splitLine>) {
  for (const share of shares) {
    expect(share.totalMinor).not.toBe(0);
    expect(share.subtotalMinor + share.taxMinor).toBe(share.totalMinor);
    expect(Object.values(share.taxByCode).reduce((a, b) => a + b, 0)).toBe(share.taxMinor);
    expect(share.subtotalMinor).toBeGreaterThanOrEqual(0);
    for (const tax of Object.values(share.taxByCode)) expect(tax).toBeGreaterThanOrEqual(0);
  }
  expect(shares.reduce((sum, share) => sum + share.subtotalMinor, 0)).toBe(input.subtotalMinor);
  for (const [code, tax] of Object.entries(input.taxByCode)) {
    expect(shares.reduce((sum, share) => sum + (share.taxByCode[code] ?? 0), 0)).toBe(tax);
  }
}

describe('splitLine', () => {
  it('gives a single payer the whole line', () => {
    expect(splitLine(line(10_000, { HST: 1300 }), [{ payerId: 'client', coverage: { kind: 'remainder' } }])).toEqual([
      { payerId: 'client', subtotalMinor: 10_000, taxByCode: { HST: 1300 }, taxMinor: 1300, totalMinor: 11_300 },
    ]);
  });

  it('splits 80/20 by percent and remainder, subtotal and tax in the same proportions', () => {
    const input = line(10_000, { HST: 1300 });
    const shares = splitLine(input, [
      { payerId: 'insurer', coverage: { kind: 'percent', basisPoints: 8000 } },
      { payerId: 'client', coverage: { kind: 'remainder' } },
    ]);
    expect(shares).toEqual([
      { payerId: 'insurer', subtotalMinor: 8000, taxByCode: { HST: 1040 }, taxMinor: 1040, totalMinor: 9040 },
      { payerId: 'client', subtotalMinor: 2000, taxByCode: { HST: 260 }, taxMinor: 260, totalMinor: 2260 },
    ]);
  });

  it('takes fixed amounts first, capped at what is left, whatever their place in the list', () => {
    const shares = splitLine(line(5000), [
      { payerId: 'client', coverage: { kind: 'remainder' } },
      { payerId: 'insurer', coverage: { kind: 'percent', basisPoints: 5000 } },
      { payerId: 'mva', coverage: { kind: 'fixed', amountMinor: 3000 } },
    ]);
    // fixed 3000 first; 50% of the line total (2500) capped at the 2000 left; nothing left for the remainder payer.
    expect(shares.map((share) => [share.payerId, share.totalMinor])).toEqual([
      ['insurer', 2000],
      ['mva', 3000],
    ]);
    expect(splitLine(line(1000), [{ payerId: 'mva', coverage: { kind: 'fixed', amountMinor: 2500 } }, { payerId: 'client', coverage: { kind: 'remainder' } }])).toEqual([
      { payerId: 'mva', subtotalMinor: 1000, taxByCode: {}, taxMinor: 0, totalMinor: 1000 },
    ]);
  });

  it('rounds a percent share half to even on the line total', () => {
    // 50% of 101 = 50.5 -> 50; the client takes 51.
    expect(splitLine(line(101), [{ payerId: 'a', coverage: { kind: 'percent', basisPoints: 5000 } }, { payerId: 'b', coverage: { kind: 'remainder' } }]).map((s) => s.totalMinor)).toEqual([50, 51]);
    // 50% of 103 = 51.5 -> 52.
    expect(splitLine(line(103), [{ payerId: 'a', coverage: { kind: 'percent', basisPoints: 5000 } }, { payerId: 'b', coverage: { kind: 'remainder' } }]).map((s) => s.totalMinor)).toEqual([52, 51]);
  });

  it('lets the last payer absorb what is left when nobody has the remainder, and the first remainder payer take it otherwise', () => {
    expect(
      splitLine(line(1000), [
        { payerId: 'a', coverage: { kind: 'percent', basisPoints: 3000 } },
        { payerId: 'b', coverage: { kind: 'percent', basisPoints: 3000 } },
      ]).map((s) => [s.payerId, s.totalMinor]),
    ).toEqual([
      ['a', 300],
      ['b', 700],
    ]);
    expect(
      splitLine(line(1000), [
        { payerId: 'a', coverage: { kind: 'remainder' } },
        { payerId: 'b', coverage: { kind: 'remainder' } },
        { payerId: 'c', coverage: { kind: 'percent', basisPoints: 2500 } },
      ]).map((s) => [s.payerId, s.totalMinor]),
    ).toEqual([
      ['a', 750],
      ['c', 250],
    ]);
  });

  it('keeps every share whole when the tax is tiny', () => {
    const input = line(1, { GST: 1, PST: 1 });
    const shares = splitLine(input, [
      { payerId: 'a', coverage: { kind: 'percent', basisPoints: 3333 } },
      { payerId: 'b', coverage: { kind: 'percent', basisPoints: 3333 } },
      { payerId: 'c', coverage: { kind: 'remainder' } },
    ]);
    expect(shares.map((s) => s.totalMinor)).toEqual([1, 1, 1]);
    expectConsistent(input, shares);
  });

  it('splits a reversal (all parts negative) like its mirror image', () => {
    const payers: PayerShareInput[] = [
      { payerId: 'insurer', coverage: { kind: 'percent', basisPoints: 8000 } },
      { payerId: 'client', coverage: { kind: 'remainder' } },
    ];
    const forward = splitLine(line(10_000, { HST: 1300 }), payers);
    const reverse = splitLine(line(-10_000, { HST: -1300 }), payers);
    expect(reverse).toEqual(
      forward.map((s) => ({ payerId: s.payerId, subtotalMinor: -s.subtotalMinor, taxByCode: { HST: -(s.taxByCode.HST ?? 0) }, taxMinor: -s.taxMinor, totalMinor: -s.totalMinor })),
    );
  });

  it('drops zero shares, so a free line has no shares', () => {
    expect(splitLine(line(0, { HST: 0 }), [{ payerId: 'client', coverage: { kind: 'remainder' } }])).toEqual([]);
  });

  it('refuses no payers, bad coverage, a payer twice, and mixed signs', () => {
    try {
      splitLine(line(100), []);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).details.code).toBe('no_payer');
    }
    expect(() => splitLine(line(100), [{ payerId: 'a', coverage: { kind: 'percent', basisPoints: 10_001 } }])).toThrow(ValidationError);
    expect(() => splitLine(line(100), [{ payerId: 'a', coverage: { kind: 'fixed', amountMinor: -1 } }])).toThrow(ValidationError);
    expect(() => splitLine(line(100), [{ payerId: 'a', coverage: { kind: 'fixed', amountMinor: 0.5 } }])).toThrow(ValidationError);
    expect(() =>
      splitLine(line(100), [
        { payerId: 'a', coverage: { kind: 'remainder' } },
        { payerId: 'a', coverage: { kind: 'percent', basisPoints: 10 } },
      ]),
    ).toThrow(ValidationError);
    expect(() => splitLine(line(100, { HST: -13 }), [{ payerId: 'a', coverage: { kind: 'remainder' } }])).toThrow(ValidationError);
    expect(() => splitLine(line(100.5), [{ payerId: 'a', coverage: { kind: 'remainder' } }])).toThrow(ValidationError);
  });

  it('sums exactly for any mix of percent, fixed and remainder payers', () => {
    const coverage: fc.Arbitrary<Coverage> = fc.oneof(
      fc.record({ kind: fc.constant('percent' as const), basisPoints: fc.integer({ min: 0, max: 10_000 }) }),
      fc.record({ kind: fc.constant('fixed' as const), amountMinor: fc.integer({ min: 0, max: 50_000 }) }),
      fc.constant({ kind: 'remainder' as const }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.dictionary(fc.constantFrom('GST', 'PST', 'HST', 'QST'), fc.integer({ min: 0, max: 15_000 })),
        fc.array(coverage, { minLength: 1, maxLength: 4 }),
        (subtotalMinor, taxByCode, coverages) => {
          const payers = coverages.map((c, index) => ({ payerId: `p${index}`, coverage: c }));
          const input = { subtotalMinor, taxByCode };
          const shares = splitLine(input, payers);
          expectConsistent(input, shares);
          // Shares come in payer order, each payer's total as the coverage rules say (worked out here independently).
          const order = shares.map((s) => Number(s.payerId.slice(1)));
          expect([...order].sort((a, b) => a - b)).toEqual(order);
          const total = subtotalMinor + Object.values(taxByCode).reduce((a, b) => a + b, 0);
          const expected = payers.map(() => 0);
          let left = total;
          for (const kind of ['fixed', 'percent'] as const) {
            payers.forEach((p, index) => {
              if (p.coverage.kind !== kind) return;
              const exact = p.coverage.kind === 'fixed' ? p.coverage.amountMinor : (total * p.coverage.basisPoints) / 10_000;
              const rounded = Math.abs(exact - Math.trunc(exact)) === 0.5 ? (Math.trunc(exact) % 2 === 0 ? Math.trunc(exact) : Math.trunc(exact) + 1) : Math.round(exact);
              expected[index] = Math.min(rounded, left);
              left -= expected[index] ?? 0;
            });
          }
          const firstRemainder = payers.findIndex((p) => p.coverage.kind === 'remainder');
          const absorber = firstRemainder >= 0 ? firstRemainder : payers.length - 1;
          expected[absorber] = (expected[absorber] ?? 0) + left;
          expect(shares.map((s) => [s.payerId, s.totalMinor])).toEqual(payers.flatMap((p, index) => (expected[index] ? [[p.payerId, expected[index]]] : [])));
          // And each part within one unit per part of its exact proportion of the line.
          for (const share of shares) {
            expect(Math.abs(share.subtotalMinor - (subtotalMinor * share.totalMinor) / total)).toBeLessThanOrEqual(Object.keys(taxByCode).length + 1);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
