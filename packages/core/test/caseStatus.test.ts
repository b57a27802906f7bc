import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CASE_STATUSES, canChangeCaseStatus, ConflictError, decideCaseStatusChange, formatCaseLabel, ValidationError } from '../src';

describe('case status changes', () => {
  it('closes only with a reason', () => {
    expect(() => decideCaseStatusChange('open', 'closed', undefined)).toThrow(ValidationError);
    expect(decideCaseStatusChange('open', 'closed', 'Goals met')).toEqual({ status: 'closed', closingReason: 'Goals met' });
  });

  it('clears the closing reason when a closed case is reopened', () => {
    expect(decideCaseStatusChange('closed', 'open', undefined)).toEqual({ status: 'open', closingReason: undefined });
  });

  it('refuses a closing reason on a case that is not closing', () => {
    expect(() => decideCaseStatusChange('open', 'on_hold', 'why')).toThrow(ValidationError);
    expect(() => decideCaseStatusChange('open', undefined, 'why')).toThrow(ValidationError);
  });

  it('lets a closed case change its closing reason without changing status', () => {
    expect(decideCaseStatusChange('closed', 'closed', 'Moved away')).toEqual({ status: 'closed', closingReason: 'Moved away' });
  });

  it('answers every pair of statuses per the transition table, as a conflict naming from and to', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CASE_STATUSES), fc.constantFrom(...CASE_STATUSES), (from, to) => {
        const reason = to === 'closed' ? 'reason' : undefined;
        if (from === to) {
          expect(decideCaseStatusChange(from, to, reason)).toEqual(to === 'closed' ? { status: 'closed', closingReason: 'reason' } : undefined);
        } else if (canChangeCaseStatus(from, to)) {
          expect(decideCaseStatusChange(from, to, reason)?.status).toBe(to);
        } else {
          try {
            decideCaseStatusChange(from, to, reason);
            expect.unreachable();
          } catch (error) {
            expect(error).toBeInstanceOf(ConflictError);
            expect((error as ConflictError).details.extra).toEqual({ from, to });
          }
        }
      }),
    );
  });

  it('formats case labels with the clinic prefix and six digits', () => {
    expect(formatCaseLabel('RPR-', 42)).toBe('RPR-000042');
    expect(formatCaseLabel('', 1234567)).toBe('1234567');
  });
});
