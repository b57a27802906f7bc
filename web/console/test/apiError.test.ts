import { describe, expect, it } from 'vitest';
import { ApiError, errorText, fieldError, problemToError } from '../src/api/apiError';

describe('problem documents', () => {
  it('finds the message for a form field by the end of its path', () => {
    const error = problemToError(400, { title: 'Invalid input', errors: [{ path: 'body.address.city', message: 'Required' }, { path: 'body.firstName', message: 'Too long' }] });
    expect(error).toBeInstanceOf(ApiError);
    expect(fieldError(error, 'firstName')).toBe('Too long');
    expect(fieldError(error, 'address.city')).toBe('Required');
    expect(fieldError(error, 'lastName')).toBeUndefined();
    expect(errorText(error)).toBe('Required Too long');
  });

  it('prefers the detail, and copes with no body at all', () => {
    expect(problemToError(409, { detail: 'Cannot go from paid to booked.', type: 'urn:casefile:illegal-transition' })).toMatchObject({ message: 'Cannot go from paid to booked.', code: 'illegal-transition', status: 409 });
    expect(problemToError(502, undefined).message).toBe('The request failed (502).');
  });
});
