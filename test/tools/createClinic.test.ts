/**
 * `npm run create-clinic` against DynamoDB Local, with the Cognito user pool played by
 * aws-sdk-client-mock: what it writes, the exact account it asks Cognito for, that a re-run changes
 * nothing, and that it refuses clearly (bad flags, a slug of another clinic, an email of another clinic).
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import {
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminUpdateUserAttributesCommand,
  type AttributeType,
  CognitoIdentityProviderClient,
  UsernameExistsException,
  UserNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { clinicIdForSlug, createClinicRepositories, createDocumentClient, createService } from '@casefile/db';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCreateClinic } from '../../functions/src/ops/createClinic/command';
import { createLocalDynamoDbClient } from '../../hosts/local/src/localClients';
import { ensureTable } from '../../hosts/local/src/tableSetup';
import { dynamoEndpoint } from '../setup/fileDynamo';

const POOL = 'ca-central-1_TestPool1';
const cognito = mockClient(CognitoIdentityProviderClient);

/** A tiny user pool behind the mock: create, get, update attributes, enable/disable. */
type PoolUser = { attributes: Map<string, string>; enabled: boolean };
let pool: Map<string, PoolUser>;
function playUserPool() {
  pool = new Map();
  cognito.reset();
  cognito.on(AdminGetUserCommand).callsFake((input: { Username: string }) => {
    const user = pool.get(input.Username);
    if (!user) throw new UserNotFoundException({ message: 'User does not exist.', $metadata: {} });
    return { Username: input.Username, Enabled: user.enabled, UserAttributes: [...user.attributes].map(([Name, Value]) => ({ Name, Value })) };
  });
  cognito.on(AdminCreateUserCommand).callsFake((input: { Username: string; UserAttributes: AttributeType[] }) => {
    if (pool.has(input.Username)) throw new UsernameExistsException({ message: 'User account already exists.', $metadata: {} });
    pool.set(input.Username, { attributes: new Map(input.UserAttributes.map((a) => [a.Name!, a.Value!])), enabled: true });
    return { User: { Username: input.Username } };
  });
  cognito.on(AdminUpdateUserAttributesCommand).callsFake((input: { Username: string; UserAttributes: AttributeType[] }) => {
    for (const a of input.UserAttributes) pool.get(input.Username)!.attributes.set(a.Name!, a.Value!);
    return {};
  });
  cognito.on(AdminEnableUserCommand).callsFake((input: { Username: string }) => {
    pool.get(input.Username)!.enabled = true;
    return {};
  });
  cognito.on(AdminDisableUserCommand).callsFake((input: { Username: string }) => {
    pool.get(input.Username)!.enabled = false;
    return {};
  });
}

const endpoint = await dynamoEndpoint();
const tableName = `create-clinic-${randomUUID()}`;
const documents = createDocumentClient(endpoint);
const service = createService(documents, tableName);

function flags(overrides: Record<string, string> = {}): string[] {
  const values: Record<string, string> = {
    table: tableName,
    'user-pool': POOL,
    name: 'Lakeside Physio',
    slug: 'lakeside-physio',
    'time-zone': 'America/Toronto',
    currency: 'CAD',
    'owner-email': 'Owner@Lakeside.example',
    'owner-first-name': 'Ada',
    'owner-last-name': 'Lovelace',
    ...overrides,
  };
  return Object.entries(values).flatMap(([flag, value]) => [`--${flag}`, value]);
}

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCreateClinic(argv, { out: (line) => out.push(line), err: (line) => err.push(line), dynamoEndpoint: endpoint });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function tableItems() {
  const items = (await documents.send(new ScanCommand({ TableName: tableName, ConsistentRead: true }))).Items ?? [];
  return items.map((item) => JSON.stringify(item)).sort();
}

function repositories(clinicId: string) {
  return createClinicRepositories({ service, clinicId, actor: 'test', now: () => new Date(), newId: () => randomUUID() });
}

describe('npm run create-clinic', () => {
  beforeAll(async () => {
    await ensureTable(createLocalDynamoDbClient(endpoint), tableName);
  });
  afterAll(async () => {
    cognito.restore();
    await createLocalDynamoDbClient(endpoint).send(new DeleteTableCommand({ TableName: tableName }));
  });
  beforeEach(() => playUserPool());

  it('creates the clinic, its owner and the owner’s Cognito account with the claims; a re-run changes nothing', async () => {
    const first = await run(flags());
    expect(first.err).toBe('');
    expect(first.code).toBe(0);

    const clinicId = await clinicIdForSlug(service, 'lakeside-physio');
    expect(clinicId).toBeDefined();
    const repos = repositories(clinicId!);
    expect(await repos.clinic.get()).toMatchObject({
      clinicId,
      name: 'Lakeside Physio',
      slug: 'lakeside-physio',
      defaultTimeZone: 'America/Toronto',
      currency: 'CAD',
      // The API's defaults for what the flags do not set.
      caseNumberPrefix: '',
      lateCancelWindowHours: 24,
      onlineCaseType: 'private',
      onlineCasePolicy: 'attach_open',
    });
    const members = (await repos.members.list({ limit: 10 })).items;
    expect(members).toHaveLength(1);
    const owner = members[0]!;
    expect(owner).toMatchObject({ clinicId, email: 'owner@lakeside.example', firstName: 'Ada', lastName: 'Lovelace', role: 'owner', active: true });
    expect(first.out).toContain(clinicId);
    expect(first.out).toContain(owner.memberId);

    const creates = cognito.commandCalls(AdminCreateUserCommand);
    expect(creates).toHaveLength(1);
    expect(creates[0]!.args[0].input).toEqual({
      UserPoolId: POOL,
      Username: 'owner@lakeside.example',
      DesiredDeliveryMediums: ['EMAIL'],
      UserAttributes: [
        { Name: 'email', Value: 'owner@lakeside.example' },
        { Name: 'email_verified', Value: 'true' },
        { Name: 'custom:clinicId', Value: clinicId },
        { Name: 'custom:role', Value: 'owner' },
        { Name: 'custom:memberId', Value: owner.memberId },
      ],
    });
    expect(pool.get('owner@lakeside.example')?.enabled).toBe(true);

    const before = await tableItems();
    cognito.resetHistory();
    const second = await run(flags());
    expect(second.code).toBe(0);
    expect(second.err).toBe('');
    expect(second.out).toMatch(/Clinic "Lakeside Physio" .* exists already/);
    expect(second.out).toMatch(/Owner owner@lakeside.example .* exists already/);
    expect(second.out).toMatch(/Sign-in account owner@lakeside.example exists already/);
    expect(await tableItems()).toEqual(before);
    // Only a look-up: no create, attribute update, enable or disable.
    expect(cognito.calls().map((call) => call.args[0].constructor.name)).toEqual(['AdminGetUserCommand']);
  });

  it('refuses a slug another clinic has, writing nothing', async () => {
    expect((await run(flags({ slug: 'harbour-clinic', 'owner-email': 'first@harbour.example' }))).code).toBe(0);
    const before = await tableItems();
    cognito.resetHistory();

    const taken = await run(flags({ slug: 'harbour-clinic', name: 'Harbour Dental', 'owner-email': 'someone@dental.example' }));
    expect(taken.code).toBe(1);
    expect(taken.err).toContain('The address harbour-clinic is taken by another clinic, "Lakeside Physio"');
    expect(taken.err).toContain('its name is "Lakeside Physio", not "Harbour Dental"');
    expect(taken.err).toContain('No clinic was created');
    expect(await tableItems()).toEqual(before);
    expect(cognito.commandCalls(AdminCreateUserCommand)).toHaveLength(0);
  });

  it('refuses an owner email that already signs in to another clinic, before writing anything', async () => {
    pool.set('taken@elsewhere.example', {
      attributes: new Map([
        ['email', 'taken@elsewhere.example'],
        ['custom:clinicId', '01JOTHERCLINIC0000000000000'],
        ['custom:role', 'owner'],
        ['custom:memberId', '01JOTHERMEMBER0000000000000'],
      ]),
      enabled: true,
    });
    const result = await run(flags({ slug: 'quiet-clinic', 'owner-email': 'taken@elsewhere.example' }));
    expect(result.code).toBe(1);
    expect(result.err).toContain('signing in to another clinic (clinicId 01JOTHERCLINIC0000000000000)');
    expect(await clinicIdForSlug(service, 'quiet-clinic')).toBeUndefined();
    expect(pool.get('taken@elsewhere.example')?.attributes.get('custom:clinicId')).toBe('01JOTHERCLINIC0000000000000');
  });

  it('when Cognito fails after the clinic is saved, says how to re-run, and the re-run only makes the account', async () => {
    const argv = flags({ slug: 'north-end', name: "North End's Clinic", 'owner-email': 'owner@north.example' });
    cognito.on(AdminCreateUserCommand).rejects(Object.assign(new Error('User: deployer is not authorized to perform: cognito-idp:AdminCreateUser'), { name: 'AccessDeniedException' }));
    const failed = await run(argv);
    expect(failed.code).toBe(2);
    const clinicId = await clinicIdForSlug(service, 'north-end');
    expect(clinicId).toBeDefined();
    const [owner] = (await repositories(clinicId!).members.list({ limit: 10 })).items;
    expect(failed.err).toContain(`the clinic (clinicId ${clinicId}) and its owner (memberId ${owner!.memberId}) are saved, but the sign-in account was not made`);
    expect(failed.err).toContain('AccessDeniedException');
    expect(failed.err).toContain("npm run create-clinic -- --table");
    expect(failed.err).toContain(`--name 'North End'\\''s Clinic'`);

    playUserPool();
    const rerun = await run(argv);
    expect(rerun.code).toBe(0);
    expect(rerun.out).toContain('Created sign-in account owner@north.example');
    expect(Object.fromEntries(pool.get('owner@north.example')!.attributes)).toMatchObject({
      'custom:clinicId': clinicId,
      'custom:memberId': owner!.memberId,
      'custom:role': 'owner',
    });
    expect((await repositories(clinicId!).members.list({ limit: 10 })).items).toHaveLength(1);
  });

  it('names every bad or missing flag and exits non-zero without touching AWS', async () => {
    const bad = await run([
      '--table', tableName, '--user-pool', 'not a pool', '--name', 'X', '--slug', 'No Spaces!', '--time-zone', 'Mars/Olympus',
      '--currency', 'cad', '--owner-email', 'not-an-email', '--owner-first-name', 'Ada',
    ]);
    expect(bad.code).toBe(1);
    for (const expected of ['--user-pool: "not a pool" is not a user pool id', '--slug: Lower-case letters', '--time-zone: Must be an IANA time zone', '--currency: Must be an ISO 4217', '--owner-email:', '--owner-last-name is required.', 'Run with --help']) {
      expect(bad.err).toContain(expected);
    }
    expect(bad.err).not.toContain('--owner-first-name');
    expect((await run([...flags(), '--owner-phone', '1'])).err).toContain("Unknown option '--owner-phone'");
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('npm run create-clinic -- --table <TableName> --user-pool <UserPoolId>');
    expect(cognito.calls()).toHaveLength(0);
  });

  it('exits with status 1 as a process on bad flags', () => {
    const root = join(import.meta.dirname, '../..');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'functions/src/ops/createClinic.ts', '--slug', 'x'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--table is required.');
  });
});
