/** The flags of `npm run create-clinic`, checked with the same schemas the API uses. */
import { parseArgs } from 'node:util';
import { type ClinicSettings, clinicSettingsSchema, type CreateMember, createMemberSchema } from '@casefile/core';
import type * as z from 'zod';

export const USAGE = `Creates a clinic, its owner and the owner's sign-in account in a deployed Casefile stack.

Usage:
  npm run create-clinic -- --table <TableName> --user-pool <UserPoolId> \\
    --name "Clinic name" --slug clinic-slug --time-zone America/Toronto --currency CAD \\
    --owner-email owner@clinic.example --owner-first-name Ada --owner-last-name Lovelace

Flags (all required):
  --table             the stack's TableName output
  --user-pool         the stack's UserPoolId output
  --name              the clinic's name
  --slug              its public booking address (/book/<slug>): a-z, 0-9 and dashes, 3-50 long
  --time-zone         IANA time zone, e.g. America/Toronto
  --currency          ISO 4217 code, e.g. CAD
  --owner-email       the owner's email: their sign-in name; Cognito emails a temporary password
  --owner-first-name  the owner's first name
  --owner-last-name   the owner's last name
  --help              shows this text

Uses your AWS credentials and region (AWS_PROFILE / AWS_REGION: the stack's region).
Safe to re-run with the same flags: what exists already is reported and left as it is.`;

const FLAGS = {
  table: { type: 'string' },
  'user-pool': { type: 'string' },
  name: { type: 'string' },
  slug: { type: 'string' },
  'time-zone': { type: 'string' },
  currency: { type: 'string' },
  'owner-email': { type: 'string' },
  'owner-first-name': { type: 'string' },
  'owner-last-name': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Flag = Exclude<keyof typeof FLAGS, 'help'>;

export interface CreateClinicArgs {
  tableName: string;
  userPoolId: string;
  settings: ClinicSettings;
  owner: CreateMember;
}

export type ParsedArgs = { kind: 'help' } | { kind: 'run'; args: CreateClinicArgs } | { kind: 'invalid'; problems: string[] };

/** Which flag each schema field comes from, for messages that name the flag. */
const SETTINGS_FLAGS: Record<string, Flag> = { name: 'name', slug: 'slug', currency: 'currency', defaultTimeZone: 'time-zone' };
const OWNER_FLAGS: Record<string, Flag> = { email: 'owner-email', firstName: 'owner-first-name', lastName: 'owner-last-name' };

export function parseCreateClinicArgs(argv: readonly string[]): ParsedArgs {
  let values: Partial<Record<Flag, string>> & { help?: boolean };
  try {
    ({ values } = parseArgs({ args: [...argv], options: FLAGS, strict: true, allowPositionals: false }));
  } catch (error) {
    return { kind: 'invalid', problems: [error instanceof Error ? error.message : String(error)] };
  }
  if (values.help) return { kind: 'help' };

  const problems: string[] = [];
  for (const flag of Object.keys(FLAGS) as (Flag | 'help')[]) {
    if (flag !== 'help' && !values[flag]?.trim()) problems.push(`--${flag} is required.`);
  }
  const userPoolId = values['user-pool']?.trim() ?? '';
  if (userPoolId && !/^[\w-]+_[0-9a-zA-Z]+$/.test(userPoolId)) problems.push(`--user-pool: "${userPoolId}" is not a user pool id (like ca-central-1_AbCdEf123).`);

  const settings = clinicSettingsSchema.safeParse({
    name: values.name,
    slug: values.slug,
    currency: values.currency,
    defaultTimeZone: values['time-zone'],
  });
  const owner = createMemberSchema.safeParse({
    firstName: values['owner-first-name'],
    lastName: values['owner-last-name'],
    email: values['owner-email'],
    role: 'owner',
  });
  // A missing flag is reported once, above; the schema's "required" for it adds nothing.
  const given = (flag: Flag | undefined) => flag !== undefined && Boolean(values[flag]?.trim());
  problems.push(...issuesOf(settings.error, SETTINGS_FLAGS, given), ...issuesOf(owner.error, OWNER_FLAGS, given));

  if (problems.length > 0 || !settings.success || !owner.success) return { kind: 'invalid', problems };
  return { kind: 'run', args: { tableName: values.table!.trim(), userPoolId, settings: settings.data, owner: owner.data } };
}

function issuesOf(error: z.ZodError | undefined, flags: Record<string, Flag>, given: (flag: Flag | undefined) => boolean): string[] {
  if (!error) return [];
  return error.issues.flatMap((issue) => {
    const flag = flags[String(issue.path[0])];
    if (!given(flag)) return flag ? [] : [`${issue.path.join('.')}: ${issue.message}`];
    return [`--${flag}: ${issue.message}`];
  });
}
