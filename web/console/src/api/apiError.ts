/** An API failure as the console shows it: the problem document's message and its field errors. */
export interface FieldError {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string | undefined,
    readonly fieldErrors: FieldError[],
  ) {
    super(message);
    this.name = 'ApiError';
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

export function problemToError(status: number, problem: unknown): ApiError {
  const doc = (problem && typeof problem === 'object' ? problem : {}) as Problem;
  const errors = Array.isArray(doc.errors) ? doc.errors : [];
  const detail = doc.detail ?? doc.title ?? `The request failed (${status}).`;
  const message = errors.length > 0 && !doc.detail ? errors.map((error) => error.message).join(' ') : detail;
  return new ApiError(status, message, doc.type?.split(':').pop(), errors);
}

/** The field's message when the error names it; for forms: `error={fieldError(mutation.error, 'firstName')}`. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fieldMessage(field) : undefined;
}

export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

/** A form's general alert: the message, unless the error names fields (those show at the fields). */
export function unnamedError(error: unknown): string | undefined {
  return error && !(error instanceof ApiError && error.fieldErrors.length > 0) ? errorText(error) : undefined;
}
