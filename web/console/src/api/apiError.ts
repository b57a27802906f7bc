/** The console's API errors: the one definition both web apps share. */
export { ApiError, errorText, fieldError, problemToError, unnamedError, type FieldError } from '../../../shared/apiError';
