/**
 * Which CSV column feeds which import field. A preset guesses the mapping from the header row; the
 * person importing may override any field. Headers are compared loosely (case, spaces, dashes and
 * underscores ignored), as spreadsheets rename them freely.
 */
import { IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, type ImportKind } from './importFields';

export const IMPORT_PRESETS = ['casefile', 'generic'] as const;
export type ImportPreset = (typeof IMPORT_PRESETS)[number];

/** field -> the CSV header it is read from. */
export type ColumnMapping = Readonly<Record<string, string>>;

type Aliases = { readonly [K in ImportKind]: Readonly<Record<string, readonly string[]>> };

/** Casefile's own CSV exports (`GET /api/exports/{kind}.csv`): their ids become the external ids. */
const CASEFILE: Aliases = {
  clients: { externalId: ['clientId'] },
  cases: { externalId: ['caseId'], clientExternalId: ['clientId'] },
  appointments: { externalId: ['appointmentId'], caseExternalId: ['caseId'] },
};

/** Header names common in spreadsheet and practice-management exports. */
const GENERIC: Aliases = {
  clients: {
    externalId: ['client id', 'patient id', 'patient number', 'chart number', 'id'],
    firstName: ['first name', 'given name', 'first'],
    lastName: ['last name', 'surname', 'family name', 'last'],
    preferredName: ['preferred name', 'nickname'],
    dateOfBirth: ['date of birth', 'dob', 'birth date', 'birthdate'],
    gender: ['sex'],
    email: ['email address', 'e-mail'],
    phone: ['home phone', 'phone number', 'telephone'],
    mobilePhone: ['mobile', 'cell', 'cell phone', 'mobile phone', 'mobile number'],
  },
  cases: {
    externalId: ['case id', 'case number', 'file number', 'episode id', 'id'],
    clientExternalId: ['client id', 'patient id', 'patient number', 'chart number'],
    caseType: ['case type', 'type'],
    title: ['case title', 'description', 'case name'],
    intakeDate: ['intake date', 'start date', 'opened', 'referral date'],
    dateOfInjury: ['date of injury', 'injury date', 'accident date'],
    status: ['case status'],
    payerKind: ['payer type', 'payer kind'],
    payerName: ['payer', 'insurer', 'insurance company', 'payer name'],
    policyNumber: ['policy number', 'policy', 'member id'],
    claimNumber: ['claim number', 'claim'],
  },
  appointments: {
    externalId: ['appointment id', 'booking id', 'visit id', 'id'],
    caseExternalId: ['case id', 'case number', 'file number', 'episode id'],
    calendar: ['provider', 'practitioner', 'staff member', 'therapist', 'resource'],
    session: ['service', 'treatment', 'appointment type', 'session type'],
    start: ['start time', 'start date time', 'appointment time', 'date time', 'starts at'],
    end: ['end time', 'end date time', 'ends at'],
    durationMinutes: ['duration', 'length', 'duration minutes', 'minutes'],
    status: ['appointment status', 'state'],
    notes: ['note', 'comments', 'comment'],
  },
};

const PRESETS: Readonly<Record<ImportPreset, Aliases>> = { casefile: CASEFILE, generic: GENERIC };

export const headerKey = (header: string) => header.toLowerCase().replace(/[\s_\-.]+/g, '');

/** Maps every field it can from the headers: the field's own name always matches, then the preset's aliases. */
export function guessMapping(kind: ImportKind, headers: readonly string[], preset: ImportPreset = 'generic'): Record<string, string> {
  const byKey = new Map(headers.map((header) => [headerKey(header), header]));
  const mapping: Record<string, string> = {};
  for (const field of IMPORT_FIELDS[kind]) {
    const candidates = [field, ...(PRESETS[preset][kind][field] ?? [])];
    const header = candidates.map((candidate) => byKey.get(headerKey(candidate))).find((found) => found !== undefined);
    if (header !== undefined) mapping[field] = header;
  }
  return mapping;
}

export interface MappingProblem {
  field: string;
  message: string;
}

/** A preset's guess with the caller's choices on top; problems name unknown fields, unknown headers and unmapped required fields. */
export function resolveMapping(
  kind: ImportKind,
  headers: readonly string[],
  choice: { preset?: ImportPreset | undefined; mapping?: ColumnMapping | undefined },
): { mapping: Record<string, string>; problems: MappingProblem[] } {
  const mapping = { ...guessMapping(kind, headers, choice.preset), ...(choice.mapping ?? {}) };
  const problems: MappingProblem[] = [];
  const known = new Set(headers);
  for (const [field, header] of Object.entries(mapping)) {
    if (!IMPORT_FIELDS[kind].includes(field)) problems.push({ field, message: `Not a field of ${kind} imports.` });
    else if (!known.has(header)) problems.push({ field, message: `The file has no column "${header}".` });
  }
  for (const field of REQUIRED_IMPORT_FIELDS[kind]) {
    if (mapping[field] === undefined) problems.push({ field, message: 'Required: map a column to it.' });
  }
  return { mapping, problems };
}
