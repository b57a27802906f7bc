import { describe, expect, it } from 'vitest';
import { ConflictError, currentLinkSerial, decideFormLinkResend } from '../../src/index';

const now = new Date('2026-12-03T12:00:00.000Z');
const open = { status: 'sent' as const, expiresAt: '2026-12-10T12:00:00.000Z' };

describe('re-sending a form link', () => {
  it('gives an open request the next link number, counting a request from before numbering as link 0', () => {
    expect(currentLinkSerial(open)).toBe(0);
    expect(decideFormLinkResend(open, now)).toBe(1);
    expect(decideFormLinkResend({ ...open, linkSerial: 4 }, now)).toBe(5);
  });

  it.each([
    ['a submitted request', { ...open, status: 'submitted' as const }, 'form_submitted'],
    ['an expired request', { ...open, expiresAt: '2026-12-03T11:59:59.999Z' }, 'form_expired'],
    ['a request expiring this very instant', { ...open, expiresAt: now.toISOString() }, 'form_expired'],
  ])('refuses %s with a 409', (_name, form, code) => {
    let refusal: unknown;
    try {
      decideFormLinkResend(form, now);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ConflictError);
    expect((refusal as ConflictError).details).toMatchObject({ code });
  });
});
