/**
 * Money is integer minor units (cents) in a safe integer, always. Every division rounds in one
 * place here, so no fraction ever reaches a document or the ledger.
 */
import { invalid } from './problems';

export function isMinor(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** Throws a ValidationError naming `path` unless `value` is a whole number of minor units. */
export function assertMinor(value: number, path: string): void {
  if (!isMinor(value)) throw invalid(path, 'Must be a whole number of minor units.', 'not_minor_units');
}

/**
 * Splits total into parts proportional to weights (largest remainder, ties to the earliest), summing
 * exactly to total. A negative total is split like its absolute value and negated. All-zero weights
 * split evenly. Weights must be non-negative finite integers (a bug otherwise, not bad input).
 */
export function allocateProportionally(totalMinor: number, weights: readonly number[]): number[] {
  if (!isMinor(totalMinor)) throw new RangeError(`allocateProportionally: total ${totalMinor} is not a safe integer.`);
  if (weights.length === 0) {
    if (totalMinor === 0) return [];
    throw new RangeError('allocateProportionally: nothing to allocate to.');
  }
  for (const weight of weights) {
    if (!Number.isSafeInteger(weight) || weight < 0) throw new RangeError(`allocateProportionally: weight ${weight} is not a non-negative safe integer.`);
  }
  const sign = totalMinor < 0 ? -1 : 1;
  const total = BigInt(Math.abs(totalMinor));
  let effective = weights.map((weight) => BigInt(weight));
  let weightSum = effective.reduce((sum, weight) => sum + weight, 0n);
  if (weightSum === 0n) {
    effective = weights.map(() => 1n);
    weightSum = BigInt(weights.length);
  }
  const floors = effective.map((weight) => (total * weight) / weightSum);
  const remainders = effective.map((weight, index) => ({ index, remainder: (total * weight) % weightSum }));
  let left = total - floors.reduce((sum, part) => sum + part, 0n);
  // Largest remainder first; Array.prototype.sort is stable, so equal remainders keep list order.
  remainders.sort((a, b) => (a.remainder === b.remainder ? 0 : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of remainders) {
    if (left === 0n) break;
    floors[index] = (floors[index] ?? 0n) + 1n;
    left -= 1n;
  }
  return floors.map((part) => (part === 0n ? 0 : sign * Number(part)));
}

/** Divides and rounds half to even (banker's rounding), exactly, in BigInt. */
function divideHalfEven(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  let quotient = n / d;
  const twiceRemainder = (n % d) * 2n;
  if (twiceRemainder > d || (twiceRemainder === d && quotient % 2n === 1n)) quotient += 1n;
  return negative ? -quotient : quotient;
}

/** amount * basisPoints / 10000, rounded half to even. 1300 bp = 13%. */
export function applyBasisPoints(amountMinor: number, basisPoints: number): number {
  if (!isMinor(amountMinor)) throw new RangeError(`applyBasisPoints: amount ${amountMinor} is not a safe integer.`);
  if (!Number.isSafeInteger(basisPoints)) throw new RangeError(`applyBasisPoints: basis points ${basisPoints} is not an integer.`);
  const result = Number(divideHalfEven(BigInt(amountMinor) * BigInt(basisPoints), 10_000n));
  return result === 0 ? 0 : result; // never -0
}

/** Sum of minor amounts (a small helper the other billing modules share). */
export function sumMinor(values: Iterable<number>): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum;
}
