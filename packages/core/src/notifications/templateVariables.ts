/**
 * The variables a mail template may use. The list is closed on purpose: nothing clinical (session,
 * discipline, case, notes, alerts) is ever offered to a template (SPEC N3).
 */
export const TEMPLATE_VARIABLES = [
  'clientName',
  'clinicName',
  'clinicPhone',
  'date',
  'time',
  'timeZone',
  'locationName',
  'locationAddress',
  'providerName',
  'previousDate',
  'previousTime',
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateValues = Readonly<Partial<Record<TemplateVariable, string>>>;

const VARIABLE = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

/** Names used in `text` that are not template variables. */
export function unknownVariables(text: string): string[] {
  return [...text.matchAll(VARIABLE)].map((match) => match[1]!).filter((name) => !(TEMPLATE_VARIABLES as readonly string[]).includes(name));
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/** Fills `{{name}}` with its value ('' when absent); in HTML the values are escaped. */
export function fillTemplate(text: string, values: TemplateValues, format: 'text' | 'html'): string {
  return text.replace(VARIABLE, (_whole, name: string) => {
    const value = values[name as TemplateVariable] ?? '';
    return format === 'html' ? escapeHtml(value) : value;
  });
}
