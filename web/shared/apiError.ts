/**
 * An API failure as both web apps see it: the HTTP status (0 when no answer came), the problem document's
 * message and code, its field errors and Retry-After. Each app adds its own words for people on top.
 */
export interface FieldError {
  /** As the API names it, e.g. `body.address.city`. */
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

  /** The message for a form field, matched on the path's last segments (`body.address.city` -> `address.city`). */
  fieldMessage(field: string): string | undefined {
    return this.fieldErrors.find((error) => error.path === field || error.path.endsWith(`.${field}`))?.message;
  }
}

interface Problem {
  type?: string;
  title?: string;
  detail?: string;
  errors?: FieldError[];
}

/** The error an HTTP failure stands for, from its status, its problem document (if any) and Retry-After. */
export function problemToError(status: number, problem: unknown, retryAfterSeconds?: number): ApiError {
  const doc = (problem && typeof problem === 'object' ? problem : {}) as Problem;
  const errors = Array.isArray(doc.errors) ? doc.errors : [];
  const detail = doc.detail ?? doc.title ?? `The request failed (${status}).`;
  const message = errors.length > 0 && !doc.detail ? errors.map((error) => error.message).join(' ') : detail;
  return new ApiError(status, message, doc.type?.split(':').pop(), errors, retryAfterSeconds);
}

/** The field's message when the error names it; for forms: `error={fieldError(mutation.error, 'firstName')}`. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fieldMessage(field) : undefined;
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

export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

/** A form's general alert: the message, unless the error names fields (those show at the fields). */
export function unnamedError(error: unknown): string | undefined {
  return error && !(error instanceof ApiError && error.fieldErrors.length > 0) ? errorText(error) : undefined;
}
