import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocateProportionally, applyBasisPoints, assertMinor, isMinor, ValidationError } from '../../src';

describe('minor units', () => {
  it('accepts only safe integers', () => {
    expect(isMinor(0)).toBe(true);
    expect(isMinor(-15)).toBe(true);
    expect(isMinor(Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(isMinor(Number.MAX_SAFE_INTEGER + 1)).toBe(false);
    expect(isMinor(1.5)).toBe(false);
    expect(isMinor(Number.NaN)).toBe(false);
    expect(isMinor('100')).toBe(false);
  });

  it('names the path of a fractional amount', () => {
    expect(() => assertMinor(100, 'body.amountMinor')).not.toThrow();
    try {
      assertMinor(10.5, 'body.lines.2.unitPriceMinor');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).details.issues?.[0]?.path).toBe('body.lines.2.unitPriceMinor');
    }
  });
});

describe('applyBasisPoints', () => {
  it('rounds half to even', () => {
    // 13% of 50 = 6.5 -> 6 (even); 13% of 150 = 19.5 -> 20 (even).
    expect(applyBasisPoints(50, 1300)).toBe(6);
    expect(applyBasisPoints(150, 1300)).toBe(20);
    // 5% of 10 = 0.5 -> 0; 5% of 30 = 1.5 -> 2; 5% of 50 = 2.5 -> 2; 5% of 70 = 3.5 -> 4.
    expect([10, 30, 50, 70].map((amount) => applyBasisPoints(amount, 500))).toEqual([0, 2, 2, 4]);
    // Not half: 13% of 51 = 6.63 -> 7; 13% of 49 = 6.37 -> 6.
    expect(applyBasisPoints(51, 1300)).toBe(7);
    expect(applyBasisPoints(49, 1300)).toBe(6);
  });

  it('rounds negative amounts symmetrically and never answers -0', () => {
    expect(applyBasisPoints(-50, 1300)).toBe(-6);
    expect(applyBasisPoints(-150, 1300)).toBe(-20);
    expect(Object.is(applyBasisPoints(-10, 500), 0)).toBe(true);
  });

  it('is exact for amounts whose product exceeds 2^53', () => {
    expect(applyBasisPoints(Number.MAX_SAFE_INTEGER - 1, 5000)).toBe((Number.MAX_SAFE_INTEGER - 1) / 2);
    expect(applyBasisPoints(9_007_199_254_740_990, 10_000)).toBe(9_007_199_254_740_990);
  });

  it('matches exact rational rounding on random inputs', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 20_000 }), (amount, bp) => {
        const result = applyBasisPoints(amount, bp);
        expect(Number.isSafeInteger(result)).toBe(true);
        const exact = (amount * bp) / 10_000;
        expect(Math.abs(result - exact)).toBeLessThanOrEqual(0.5);
        if (Math.abs(result - exact) === 0.5) expect(Math.abs(result % 2)).toBe(0);
      }),
    );
  });

  it('refuses fractional inputs as a bug', () => {
    expect(() => applyBasisPoints(1.5, 100)).toThrow(RangeError);
    expect(() => applyBasisPoints(100, 12.5)).toThrow(RangeError);
  });
});

describe('allocateProportionally', () => {
  it('gives the leftover units to the largest remainders, ties to the earliest', () => {
    expect(allocateProportionally(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocateProportionally(2, [1, 1, 1])).toEqual([1, 1, 0]);
    expect(allocateProportionally(10, [1, 2])).toEqual([3, 7]); // 3.33 / 6.67: the larger remainder wins
    expect(allocateProportionally(101, [50, 50])).toEqual([51, 50]);
  });

  it('splits evenly when every weight is zero, and negates a negative total', () => {
    expect(allocateProportionally(5, [0, 0])).toEqual([3, 2]);
    expect(allocateProportionally(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(allocateProportionally(0, [])).toEqual([]);
    expect(() => allocateProportionally(1, [])).toThrow(RangeError);
    expect(() => allocateProportionally(1, [-1, 2])).toThrow(RangeError);
  });

  it('always sums exactly to the total and stays within one unit of the exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 8 }), (total, weights) => {
        const parts = allocateProportionally(total, weights);
        expect(parts).toHaveLength(weights.length);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        const weightSum = weights.reduce((a, b) => a + b, 0);
        parts.forEach((part, index) => {
          expect(Number.isSafeInteger(part)).toBe(true);
          if (weightSum > 0) expect(Math.abs(part - (total * (weights[index] ?? 0)) / weightSum)).toBeLessThan(1);
        });
      }),
    );
  });
});
