/**
 * Who pays how much of a charge line (SPEC K4). The line's total is split between the case's payers,
 * then the subtotal and each tax code are split in the same proportions, so each payer's share is a
 * small invoice line of its own whose parts add up, and the shares add up to the line exactly.
 */
import { allocateProportionally, applyBasisPoints, isMinor, sumMinor } from './money';
import { invalid } from './problems';

export type Coverage =
  | { kind: 'percent'; basisPoints: number } // 8000 = 80%
  | { kind: 'fixed'; amountMinor: number } // per charge line, capped at what is left
  | { kind: 'remainder' }; // whatever the others leave

export interface PayerShareInput {
  payerId: string;
  coverage: Coverage;
}

export interface PayerShare {
  payerId: string;
  subtotalMinor: number;
  taxByCode: Record<string, number>;
  taxMinor: number;
  totalMinor: number;
}

/** Checks one payer list; bad coverage is a ValidationError at `payers.<i>.…`. */
export function assertPayerCoverage(payers: readonly PayerShareInput[]): void {
  if (payers.length === 0) throw invalid('payers', 'The case has no payer to charge.', 'no_payer');
  const seen = new Set<string>();
  payers.forEach((payer, index) => {
    if (seen.has(payer.payerId)) throw invalid(`payers.${index}.payerId`, 'This payer is listed twice.', 'duplicate_payer');
    seen.add(payer.payerId);
    const coverage = payer.coverage;
    if (coverage.kind === 'percent' && !(Number.isSafeInteger(coverage.basisPoints) && coverage.basisPoints >= 0 && coverage.basisPoints <= 10_000)) {
      throw invalid(`payers.${index}.coverage.basisPoints`, 'A percentage is 0 to 10000 basis points.');
    }
    if (coverage.kind === 'fixed' && !(isMinor(coverage.amountMinor) && coverage.amountMinor >= 0)) {
      throw invalid(`payers.${index}.coverage.amountMinor`, 'A fixed amount is a non-negative whole number of minor units.');
    }
  });
}

/** Each payer's share of a non-negative line total, in payer order. */
function splitTotal(total: number, payers: readonly PayerShareInput[]): number[] {
  const shares = payers.map(() => 0);
  let left = total;
  payers.forEach((payer, index) => {
    if (payer.coverage.kind !== 'fixed') return;
    const share = Math.min(payer.coverage.amountMinor, left);
    shares[index] = share;
    left -= share;
  });
  payers.forEach((payer, index) => {
    if (payer.coverage.kind !== 'percent') return;
    const share = Math.min(applyBasisPoints(total, payer.coverage.basisPoints), left);
    shares[index] = share;
    left -= share;
  });
  const remainderIndex = payers.findIndex((payer) => payer.coverage.kind === 'remainder');
  const absorber = remainderIndex >= 0 ? remainderIndex : payers.length - 1;
  shares[absorber] = (shares[absorber] ?? 0) + left;
  return shares;
}

/**
 * Splits one priced line across the case's payers, in the given order: fixed payers first (capped),
 * then percent payers (of the line total, capped at what is left), then the remainder payer(s) get the rest
 * (the first remainder payer; if none, the last payer in the list absorbs it). Subtotal and each tax code are
 * split in the same proportions so every share's subtotal + tax = its total and the shares sum exactly to the line.
 * Shares of 0 are dropped. No payers -> ValidationError (code 'no_payer').
 *
 * A line whose parts are all zero or negative (a reversal) is split like its mirror image and negated.
 */
export function splitLine(line: { subtotalMinor: number; taxByCode: Record<string, number> }, payers: readonly PayerShareInput[]): PayerShare[] {
  assertPayerCoverage(payers);
  const codes = Object.keys(line.taxByCode);
  const parts = [line.subtotalMinor, ...codes.map((code) => line.taxByCode[code] ?? 0)];
  parts.forEach((part, index) => {
    if (!isMinor(part)) throw invalid(index === 0 ? 'subtotalMinor' : `taxByCode.${codes[index - 1]}`, 'Must be a whole number of minor units.', 'not_minor_units');
  });
  const negative = parts.some((part) => part < 0);
  if (negative && parts.some((part) => part > 0)) throw invalid('subtotalMinor', 'A line cannot mix positive and negative amounts.');
  const sign = negative ? -1 : 1;
  const remaining = parts.map((part) => Math.abs(part));
  const totals = splitTotal(sumMinor(remaining), payers);

  // Each payer in turn takes its total from what is left of each part, in proportion to what is left;
  // the last payer takes exactly what remains. No part ever goes below zero and every column sums exactly.
  const lastWithShare = totals.reduce((last, total, index) => (total > 0 ? index : last), -1);
  const result: PayerShare[] = [];
  totals.forEach((total, index) => {
    if (total === 0) return;
    const taken = index === lastWithShare ? [...remaining] : allocateProportionally(total, remaining);
    taken.forEach((amount, part) => {
      remaining[part] = (remaining[part] ?? 0) - amount;
    });
    const taxByCode: Record<string, number> = {};
    codes.forEach((code, codeIndex) => {
      taxByCode[code] = sign * (taken[codeIndex + 1] ?? 0) || 0;
    });
    const subtotalMinor = sign * (taken[0] ?? 0) || 0;
    const taxMinor = sumMinor(Object.values(taxByCode));
    result.push({ payerId: (payers[index] as PayerShareInput).payerId, subtotalMinor, taxByCode, taxMinor, totalMinor: subtotalMinor + taxMinor });
  });
  return result;
}
