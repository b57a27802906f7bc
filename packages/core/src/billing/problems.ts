/**
 * Billing's refusals as the shared domain errors. Not exported from the package: callers see only
 * `ValidationError` / `ConflictError`, with a billing-specific `details.code` where it helps a client.
 */
import { ValidationError } from '../errors';

/** A ValidationError with one field issue and, optionally, a more specific code than `validation`. */
export function invalid(path: string, message: string, code?: string): ValidationError {
  const error = new ValidationError(message, [{ path, message }]);
  if (code) error.details.code = code;
  return error;
}
