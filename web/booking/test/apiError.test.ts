import { describe, expect, it } from 'vitest';
import { ApiError, describeFailure, fieldErrorsOf } from '../src/api/apiError';

describe('failures in words', () => {
  it.each([
    [new ApiError(0, 'Network error', undefined), 'We could not reach the clinic. Check your connection and try again.'],
    [new ApiError(429, 'Too many requests; please wait.', 'rate_limited', [], 30), 'Too many attempts for now. Please try again in 30 seconds.'],
    [new ApiError(429, 'Too many requests; please wait.', 'rate_limited', [], 1800), 'Too many attempts for now. Please try again in 30 minutes.'],
    [new ApiError(429, 'You already have 3 upcoming online bookings.', 'pending_limit', [], 3600), 'You already have 3 upcoming online bookings.'],
    [new ApiError(503, 'Service Unavailable', undefined), 'The booking service is having trouble. Please try again in a moment.'],
    [new ApiError(409, 'Online changes close 24 hours before the appointment.', 'outside_window'), 'Online changes close 24 hours before the appointment.'],
    [new Error('boom'), 'Something went wrong. Please try again.'],
  ])('%#: %s', (error, words) => {
    expect(describeFailure(error)).toBe(words);
  });

  it('puts field errors next to their fields, the first message of each', () => {
    const error = new ApiError(400, 'Invalid', 'validation', [
      { path: 'body.email', message: 'Invalid email address' },
      { path: 'body.email', message: 'Too long' },
      { path: 'body.code', message: 'Wrong or expired code.' },
    ]);
    expect(fieldErrorsOf(error)).toEqual({ email: 'Invalid email address', code: 'Wrong or expired code.' });
  });
});
