/**
 * Checks a note's values against the sections it is written on. A draft may be incomplete (every
 * value must still fit its section); signing also needs every required section filled.
 */
import type { FieldIssue } from '../errors';
import { type NoteSection, type NoteValue, type NoteValues, optionsOf } from './templateSections';

const TEXT_LIMITS: Partial<Record<NoteSection['kind'], number>> = { long_text: 20_000, short_text: 500 };

export function isEmptyValue(value: NoteValue | undefined): boolean {
  if (value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** Problems with values that do not fit their section, or name no section; paths are `values.<key>`. */
export function draftValueIssues(sections: readonly NoteSection[], values: NoteValues): FieldIssue[] {
  const byKey = new Map(sections.map((section) => [section.key, section]));
  const issues: FieldIssue[] = [];
  for (const [key, value] of Object.entries(values)) {
    const section = byKey.get(key);
    const problem = section ? valueProblem(section, value) : 'This note has no such section.';
    if (problem) issues.push({ path: `values.${key}`, message: problem });
  }
  return issues;
}

/** Everything a draft must satisfy, plus every required section filled: what signing asks. */
export function signingIssues(sections: readonly NoteSection[], values: NoteValues): FieldIssue[] {
  const missing = sections
    .filter((section) => section.required && isEmptyValue(values[section.key]))
    .map((section) => ({ path: `values.${section.key}`, message: `${section.label} is required to sign.` }));
  return [...draftValueIssues(sections, values), ...missing];
}

function valueProblem(section: NoteSection, value: NoteValue): string | undefined {
  switch (section.kind) {
    case 'long_text':
    case 'short_text': {
      const limit = TEXT_LIMITS[section.kind]!;
      if (typeof value !== 'string') return 'Must be text.';
      return value.length > limit ? `At most ${limit} characters.` : undefined;
    }
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'Must be a number.';
    case 'scale':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10 ? undefined : 'Must be a whole number from 0 to 10.';
    case 'date':
      return typeof value === 'string' && (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value)) ? undefined : 'Must be a date, YYYY-MM-DD.';
    case 'single_choice': {
      if (typeof value !== 'string') return 'Must be one of the options.';
      return value === '' || optionsOf(section)!.includes(value) ? undefined : 'Must be one of the options.';
    }
    case 'multiple_choice':
    case 'body_region': {
      if (!Array.isArray(value)) return 'Must be a list of options.';
      const options = optionsOf(section)!;
      if (value.some((choice) => !options.includes(choice))) return 'Every choice must be one of the options.';
      return new Set(value).size === value.length ? undefined : 'Each option at most once.';
    }
  }
}
