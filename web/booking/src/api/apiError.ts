/** The booking pages' API errors: the shared definition, and the words the pages show for them. */
import { ApiError } from '../../../shared/apiError';

export { ApiError, fieldErrorsOf, problemToError, type FieldError } from '../../../shared/apiError';

/** Words for people: what went wrong and what to do next. */
export function describeFailure(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong. Please try again.';
  if (error.isNetwork) return 'We could not reach the clinic. Check your connection and try again.';
  // A cap (e.g. on upcoming bookings) explains itself; a plain rate limit only needs the wait.
  if (error.status === 429) return error.code && error.code !== 'rate_limited' ? error.message : `Too many attempts for now. Please try again ${waitPhrase(error.retryAfterSeconds)}.`;
  if (error.status >= 500) return 'The booking service is having trouble. Please try again in a moment.';
  return error.message;
}

function waitPhrase(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return 'in a few minutes';
  if (seconds < 90) return `in ${Math.max(1, Math.round(seconds))} seconds`;
  return `in ${Math.ceil(seconds / 60)} minutes`;
}
