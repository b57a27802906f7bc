import { ValidationError } from '../errors';
import { assertMinor } from './money';
import { lineTax, type TaxRate } from './tax';
import { splitLine, type PayerShareInput } from './coverage';

export interface PricedLine {
  subtotalMinor: number;
  taxByCode: Record<string, number>;
  taxMinor: number;
  totalMinor: number;
}

/**
 * Prices one line: quantity (a positive whole number) times the unit price, plus each tax code (unknown
 * code -> 400 at `path.taxCodes`). `path` names the line in the caller's input; '' when the input is the line.
 */
export function priceLine(line: { quantity: number; unitPriceMinor: number; taxCodes: readonly string[] }, rates: readonly TaxRate[], path: string): PricedLine {
  const at = (field: string) => (path ? `${path}.${field}` : field);
  if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) {
    throw new ValidationError('The quantity must be a positive whole number.', [{ path: at('quantity'), message: 'Must be a whole number of at least 1.' }]);
  }
  assertMinor(line.unitPriceMinor, at('unitPriceMinor'));
  if (line.unitPriceMinor < 0) throw new ValidationError('The price cannot be negative.', [{ path: at('unitPriceMinor'), message: 'Must be 0 or more.' }]);
  const subtotalMinor = line.quantity * line.unitPriceMinor;
  assertMinor(subtotalMinor, at('quantity'));
  const tax = lineTax(subtotalMinor, line.taxCodes, rates, at('taxCodes'));
  return { subtotalMinor, taxByCode: tax.byCode, taxMinor: tax.taxMinor, totalMinor: subtotalMinor + tax.taxMinor };
}

/** Every code must be one of the clinic's tax rates. */
export function assertKnownTaxCodes(codes: readonly string[], rates: readonly TaxRate[], path: string): void {
  const known = new Set(rates.map((rate) => rate.code));
  const issues = codes.flatMap((code, index) => (known.has(code) ? [] : [{ path: `${path}.${index}`, message: `Unknown tax code ${code}: not one of the billing policy's tax rates.` }]));
  if (issues.length > 0) throw new ValidationError('Unknown tax code.', issues);
}

/** A priced line split across the case's payers (K4): one share per payer with a non-zero part. */
export function splitPriced(priced: PricedLine, payers: readonly PayerShareInput[]) {
  return splitLine({ subtotalMinor: priced.subtotalMinor, taxByCode: priced.taxByCode }, payers);
}
