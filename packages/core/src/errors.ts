/**
 * Domain errors carry an outcome; the HTTP edge maps outcomes to status codes and problem documents.
 */
export type Outcome =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  /** A conditional request (`If-Match`) named a version that is no longer the current one. */
  | 'precondition_failed'
  | 'too_large'
  | 'unsupported_media_type'
  | 'unprocessable'
  | 'too_many_requests'
  /** A dependency (the table) cannot be reached: the caller may retry later. */
  | 'unavailable';

export interface FieldIssue {
  /** Dotted path of the field at fault, e.g. `address.postalCode`; the HTTP edge places it in the request (`body.address.postalCode`). */
  path: string;
  message: string;
}

export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly outcome: Outcome,
    message: string,
    readonly details: { issues?: FieldIssue[]; code?: string; extra?: Record<string, unknown> } = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class ValidationError extends DomainError {
  override name = 'ValidationError';
  constructor(message: string, issues: FieldIssue[], options?: { cause?: unknown }) {
    super('bad_request', message, { issues, code: 'validation' }, options);
  }
}

export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
  constructor(entity: string, options?: { cause?: unknown }) {
    super('not_found', `${entity} not found.`, { code: 'not_found' }, options);
  }
}

export class ConflictError extends DomainError {
  override name = 'ConflictError';
  constructor(message: string, code = 'conflict', extra?: Record<string, unknown>, options?: { cause?: unknown }) {
    super('conflict', message, { code, ...(extra ? { extra } : {}) }, options);
  }
}

export class ForbiddenError extends DomainError {
  override name = 'ForbiddenError';
  constructor(message = 'Your role does not allow this action.', options?: { cause?: unknown }) {
    super('forbidden', message, { code: 'forbidden' }, options);
  }
}

/** Over a rate limit or cap: the edge answers 429 with Retry-After. */
export class TooManyRequestsError extends DomainError {
  override name = 'TooManyRequestsError';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    code = 'rate_limited',
    options?: { cause?: unknown },
  ) {
    super('too_many_requests', message, { code, extra: { retryAfterSeconds } }, options);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
