/**
 * What `npm run create-clinic` does, step by step, each step re-runnable: the clinic and its owner
 * (one transaction, through the clinic repository), then the owner's Cognito account with the claims.
 */
import type { CognitoIdentityDirectory, IdentityUser } from '@casefile/adapters';
import { newId } from '@casefile/adapters';
import { type Clinic, ConflictError, type Member, normalizeEmail } from '@casefile/core';
import { type CasefileService, type ClinicRepositories, clinicIdForSlug, createClinicRepositories } from '@casefile/db';
import type { CreateClinicArgs } from './args';

export const PROVISION_ACTOR = 'system:create-clinic';

/** Something the command refuses to do; the message says why and what to do instead. */
export class ProvisionRefused extends Error {
  override name = 'ProvisionRefused';
}

export interface ProvisionResult {
  clinicId: string;
  memberId: string;
  /** The owner's sign-in account as it was before this run, if there was one. */
  account: IdentityUser | undefined;
}

export interface ProvisionDeps {
  service: CasefileService;
  identity: CognitoIdentityDirectory;
  say: (line: string) => void;
}

function repositoriesFor(service: CasefileService, clinicId: string): ClinicRepositories {
  return createClinicRepositories({ service, clinicId, actor: PROVISION_ACTOR, now: () => new Date(), newId });
}

/**
 * Step 1: the clinic and its owner member, created together or found from an earlier run. The owner's
 * sign-in account is looked up first, so an email that already signs in to another clinic (or a user
 * pool we may not use) stops the command before anything is written.
 */
export async function ensureClinicAndOwner(args: CreateClinicArgs, deps: ProvisionDeps): Promise<ProvisionResult> {
  const { service, say } = deps;
  const existingId = await clinicIdForSlug(service, args.settings.slug);
  const account = await deps.identity.findByEmail(args.owner.email);
  if (account?.clinicId && account.clinicId !== existingId) {
    throw new ProvisionRefused(
      `The user pool already has ${account.email}, signing in to another clinic (clinicId ${account.clinicId}); one email signs in to one clinic. ` +
        'Use another --owner-email.',
    );
  }
  if (!existingId) {
    const clinicId = newId();
    try {
      const created = await repositoriesFor(service, clinicId).clinic.createWithOwner(args.settings, args.owner);
      say(`Created clinic "${created.clinic.name}" (clinicId ${clinicId}) at /book/${created.clinic.slug}.`);
      say(`Created owner ${created.owner.email} (memberId ${created.owner.memberId}).`);
      return { clinicId, memberId: created.owner.memberId, account };
    } catch (error) {
      // Another run took the slug between our look-up and our write: look again.
      if (!(error instanceof ConflictError && error.details.code === 'slug_taken')) throw error;
      const racedId = await clinicIdForSlug(service, args.settings.slug);
      if (!racedId) throw error;
      return { ...(await existingClinic(args, deps, racedId)), account };
    }
  }
  return { ...(await existingClinic(args, deps, existingId)), account };
}

async function existingClinic(args: CreateClinicArgs, deps: ProvisionDeps, clinicId: string): Promise<Omit<ProvisionResult, 'account'>> {
  const repos = repositoriesFor(deps.service, clinicId);
  const clinic = await repos.clinic.get();
  const differences = settingsDifferences(clinic, args);
  if (differences.length > 0) {
    throw new ProvisionRefused(
      `The address ${args.settings.slug} is taken by another clinic, "${clinic.name}" (clinicId ${clinicId}): ${differences.join('; ')}. ` +
        'Choose another --slug, or give exactly that clinic\'s --name, --time-zone and --currency to finish setting it up.',
    );
  }
  deps.say(`Clinic "${clinic.name}" (clinicId ${clinicId}) exists already; left as it is.`);
  const owner = await findMember(repos, args.owner.email);
  if (!owner) {
    throw new ProvisionRefused(
      `Clinic "${clinic.name}" exists but has no team member ${normalizeEmail(args.owner.email)}. ` +
        'Give the --owner-email it was created with, or add people from Settings → Team in the console.',
    );
  }
  if (owner.role !== 'owner' || !owner.active) {
    throw new ProvisionRefused(
      `${owner.email} is a member of "${clinic.name}" but ${owner.active ? `with role ${owner.role}` : 'deactivated'}, not an active owner; ` +
        'an owner can change that from Settings → Team.',
    );
  }
  deps.say(`Owner ${owner.email} (memberId ${owner.memberId}) exists already; left as it is.`);
  return { clinicId, memberId: owner.memberId };
}

function settingsDifferences(clinic: Clinic, args: CreateClinicArgs): string[] {
  const wanted = args.settings;
  const pairs: [string, string, string][] = [
    ['--name', clinic.name, wanted.name],
    ['--time-zone', clinic.defaultTimeZone, wanted.defaultTimeZone],
    ['--currency', clinic.currency, wanted.currency],
  ];
  return pairs.filter(([, has, asked]) => has !== asked).map(([flag, has, asked]) => `its ${flag.slice(2)} is "${has}", not "${asked}"`);
}

async function findMember(repos: ClinicRepositories, email: string): Promise<Member | undefined> {
  const wanted = normalizeEmail(email);
  let cursor: string | undefined;
  do {
    const page = await repos.members.list({ limit: 100, cursor });
    const found = page.items.find((member) => member.email === wanted);
    if (found) return found;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return undefined;
}

/** Step 2: the owner's sign-in account with the claims; Cognito emails the temporary password. */
export async function ensureOwnerAccount(args: CreateClinicArgs, ids: ProvisionResult, deps: ProvisionDeps): Promise<void> {
  const email = normalizeEmail(args.owner.email);
  const wanted = { email, clinicId: ids.clinicId, memberId: ids.memberId, role: 'owner', active: true };
  const existing = ids.account;
  if (existing && existing.memberId === wanted.memberId && existing.role === wanted.role && existing.active) {
    deps.say(`Sign-in account ${email} exists already with the owner's claims; left as it is.`);
    return;
  }
  await deps.identity.putUser(wanted);
  deps.say(
    existing
      ? `Updated sign-in account ${email}: custom:clinicId, custom:role=owner, custom:memberId, enabled.`
      : `Created sign-in account ${email}; Cognito emails the temporary password.`,
  );
}
