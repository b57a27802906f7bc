/**
 * What makes a string a phone number or a currency code, beyond its characters: a clinic's phone
 * must not be a date, and a currency must be one Intl can format money in.
 */

/** ITU-T E.164: at most 15 digits with the country code; no dialable number anywhere is shorter than 7. */
const MIN_PHONE_DIGITS = 7;
const MAX_PHONE_DIGITS = 15;
/** Digit groups separated by one space, dash or dot; an optional leading + and one bracketed area code. */
const PHONE_SHAPE = /^\+?(?:\(\d{1,5}\)[ .-]?)?\d+(?:[ .-]?(?:\(\d{1,5}\)|\d+))*$/;
/** `2026-02-30`, `2026.02.30`, `30-02-2026`: a calendar date written with separators is not a phone number. */
const DATE_SHAPE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})$/;

export type PhoneProblem = 'shape' | 'digits' | 'date';

export function phoneProblem(value: string): PhoneProblem | undefined {
  if (DATE_SHAPE.test(value)) return 'date';
  if (!PHONE_SHAPE.test(value)) return 'shape';
  const digits = value.replace(/\D+/g, '').length;
  if (digits < MIN_PHONE_DIGITS || digits > MAX_PHONE_DIGITS) return 'digits';
  return undefined;
}

let currencies: ReadonlySet<string> | undefined;

/** An ISO 4217 code the runtime's Intl knows (CAD, EUR), not just any three capitals. */
export function isIsoCurrency(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies.has(code);
}
