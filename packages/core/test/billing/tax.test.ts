import { describe, expect, it } from 'vitest';
import { lineTax, ValidationError, type TaxRate } from '../../src';

const rates: TaxRate[] = [
  { code: 'GST', name: 'Goods and services tax', basisPoints: 500 },
  { code: 'PST', name: 'Provincial sales tax', basisPoints: 700 },
  { code: 'HST', name: 'Harmonized sales tax', basisPoints: 1300 },
];

describe('lineTax', () => {
  it('applies each code to the subtotal and rounds each separately', () => {
    // 5% of 1050 = 52.5 -> 52 (half to even); 7% of 1050 = 73.5 -> 74.
    expect(lineTax(1050, ['GST', 'PST'], rates)).toEqual({ taxMinor: 126, byCode: { GST: 52, PST: 74 } });
    // 5% of 50 = 2.5 -> 2. On 10: 5% = 0.5 -> 0 and 7% = 0.7 -> 1, where one combined 12% would give 1.2 -> 1 too.
    expect(lineTax(50, ['GST'], rates)).toEqual({ taxMinor: 2, byCode: { GST: 2 } });
    expect(lineTax(10, ['GST', 'PST'], rates)).toEqual({ taxMinor: 1, byCode: { GST: 0, PST: 1 } });
  });

  it('is zero with no codes', () => {
    expect(lineTax(12_345, [], rates)).toEqual({ taxMinor: 0, byCode: {} });
  });

  it('refuses an unknown tax code as a validation error at the given path', () => {
    try {
      lineTax(1000, ['GST', 'VAT'], rates, 'body.taxCodes');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const details = (error as ValidationError).details;
      expect(details.issues).toEqual([{ path: 'body.taxCodes', message: expect.stringContaining('VAT') }]);
      expect(details.code).toBe('unknown_tax_code');
    }
    expect(() => lineTax(1000, ['VAT'], rates)).toThrow(ValidationError);
  });

  it('refuses a code listed twice and a fractional subtotal', () => {
    expect(() => lineTax(1000, ['GST', 'GST'], rates)).toThrow(ValidationError);
    expect(() => lineTax(10.5, ['GST'], rates)).toThrow(ValidationError);
  });
});
