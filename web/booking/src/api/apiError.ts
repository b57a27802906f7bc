/** A failed API call as the pages need it: network or HTTP status, a message, field errors, Retry-After. */
export interface FieldError {
  /** e.g. `body.email`. */
  path: string;
  message: string;
}

export class ApiError extends Error {
  override name = 'ApiError';

  constructor(
    /** 0 when the request never got an answer (offline, timeout). */
    readonly status: number,
    message: string,
    readonly code: string | undefined,
    readonly fieldErrors: FieldError[] = [],
    readonly retryAfterSeconds?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }
}

/** Field errors keyed by the field name under `body.` (e.g. `email`), first message wins. */
export function fieldErrorsOf(error: ApiError): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const issue of error.fieldErrors) {
    const field = issue.path.replace(/^body\./, '').split('.')[0] ?? '';
    if (field && !byField[field]) byField[field] = issue.message;
  }
  return byField;
}

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
