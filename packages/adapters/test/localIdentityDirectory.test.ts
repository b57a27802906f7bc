import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalIdentityDirectory, type IdentityUser } from '../src';

const user = (email: string, overrides: Partial<IdentityUser> = {}): IdentityUser => ({
  email,
  clinicId: '01CLINIC',
  memberId: `member-${email}`,
  role: 'provider',
  active: true,
  ...overrides,
});

describe('local identity directory', () => {
  let folder: string;
  let directory: LocalIdentityDirectory;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'identities-'));
    directory = new LocalIdentityDirectory(join(folder, 'identities.json'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('finds users by email regardless of case', async () => {
    await directory.putUser(user('Ann@Example.com'));

    await expect(directory.findByEmail('ann@example.COM')).resolves.toMatchObject({ memberId: 'member-Ann@Example.com' });
    await expect(directory.findByEmail('bob@example.com')).resolves.toBeUndefined();
  });

  it('updates the user with the same email instead of adding another', async () => {
    await directory.putUser(user('ann@example.com'));

    await directory.putUser(user('ANN@example.com', { role: 'manager', active: false }));

    expect(await directory.listUsers()).toEqual([user('ANN@example.com', { role: 'manager', active: false })]);
  });

  it("refuses a user of another clinic with the same email, and keeps the first clinic's user", async () => {
    await directory.putUser(user('ann@example.com'));

    await expect(directory.putUser(user('ANN@example.com', { clinicId: '01OTHER', role: 'owner' }))).rejects.toMatchObject({
      details: { code: 'email_signs_in_elsewhere' },
    });

    expect(await directory.listUsers()).toEqual([user('ann@example.com')]);
  });

  it('records when a user was signed out everywhere', async () => {
    await directory.putUser(user('ann@example.com'));

    await directory.signOutEverywhere('Ann@example.com');

    expect((await directory.findByEmail('ann@example.com'))?.signedOutAt).toEqual(expect.any(String));
  });

  it('loses no user when many are written at once', async () => {
    const emails = Array.from({ length: 25 }, (_, index) => `user${index}@example.com`);

    await Promise.all(emails.map((email) => directory.putUser(user(email))));

    expect((await directory.listUsers()).map((stored) => stored.email).sort()).toEqual([...emails].sort());
  });

  it('starts empty when the file does not exist yet', async () => {
    await expect(directory.listUsers()).resolves.toEqual([]);
  });
});
