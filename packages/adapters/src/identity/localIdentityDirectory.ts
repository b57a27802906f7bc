/** The local stand-in for the Cognito user pool: users in one JSON file, keyed by email. */
import { readJsonFile, updateJsonFile } from '../localFiles/jsonFile';
import type { IdentityDirectory, IdentityUser } from './identityDirectory';

type UserFile = { users: IdentityUser[] };

const EMPTY: UserFile = { users: [] };

export class LocalIdentityDirectory implements IdentityDirectory {
  constructor(readonly filePath: string) {}

  async putUser(user: IdentityUser): Promise<void> {
    const key = normalizeEmail(user.email);
    await updateJsonFile(this.filePath, EMPTY, (file) => ({
      users: [...file.users.filter((existing) => normalizeEmail(existing.email) !== key), { ...user }],
    }));
  }

  async findByEmail(email: string): Promise<IdentityUser | undefined> {
    const key = normalizeEmail(email);
    return (await this.listUsers()).find((user) => normalizeEmail(user.email) === key);
  }

  async listUsers(): Promise<IdentityUser[]> {
    return (await readJsonFile(this.filePath, EMPTY)).users;
  }
}

function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
