/** Sales tax on a charge line (SPEC B1, B2): each code applies to the subtotal and rounds on its own. */
import { applyBasisPoints, assertMinor } from './money';
import { invalid } from './problems';

export interface TaxRate {
  code: string;
  name: string;
  basisPoints: number;
}

/**
 * Tax of one line: each code applied to the subtotal and rounded (half to even) separately. An unknown
 * code, or a code listed twice, is a ValidationError at `path` (code `unknown_tax_code` /
 * `duplicate_tax_code`).
 */
export function lineTax(
  subtotalMinor: number,
  taxCodes: readonly string[],
  rates: readonly TaxRate[],
  path = 'taxCodes',
): { taxMinor: number; byCode: Record<string, number> } {
  assertMinor(subtotalMinor, 'subtotalMinor');
  const byCode: Record<string, number> = {};
  let taxMinor = 0;
  for (const code of taxCodes) {
    const rate = rates.find((candidate) => candidate.code === code);
    if (!rate) throw invalid(path, `Unknown tax code "${code}".`, 'unknown_tax_code');
    if (Object.hasOwn(byCode, code)) throw invalid(path, `Tax code "${code}" is listed twice.`, 'duplicate_tax_code');
    const tax = applyBasisPoints(subtotalMinor, rate.basisPoints);
    byCode[code] = tax;
    taxMinor += tax;
  }
  return { taxMinor, byCode };
}
