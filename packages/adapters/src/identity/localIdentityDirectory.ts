/** The local stand-in for the Cognito user pool: users in one JSON file, keyed by email. */
import { isSignInOfAnotherClinic, signInTakenError } from '@casefile/core';
import { readJsonFile, updateJsonFile } from '../localFiles/jsonFile';
import type { IdentityDirectory, IdentityUser } from './identityDirectory';

/** A local user; `signedOutAt` stands for the refresh tokens Cognito would revoke. */
type LocalUser = IdentityUser & { signedOutAt?: string };
type UserFile = { users: LocalUser[] };

const EMPTY: UserFile = { users: [] };

export class LocalIdentityDirectory implements IdentityDirectory {
  constructor(readonly filePath: string) {}

  async putUser(user: IdentityUser): Promise<void> {
    const key = normalizeEmail(user.email);
    await updateJsonFile(this.filePath, EMPTY, (file) => {
      const existing = file.users.find((candidate) => normalizeEmail(candidate.email) === key);
      if (isSignInOfAnotherClinic(existing, user.clinicId)) throw signInTakenError();
      return { users: [...file.users.filter((candidate) => candidate !== existing), { ...user }] };
    });
  }

  async findByEmail(email: string): Promise<LocalUser | undefined> {
    const key = normalizeEmail(email);
    return (await this.listUsers()).find((user) => normalizeEmail(user.email) === key);
  }

  async signOutEverywhere(email: string): Promise<void> {
    const key = normalizeEmail(email);
    const signedOutAt = new Date().toISOString();
    await updateJsonFile(this.filePath, EMPTY, (file) => ({
      users: file.users.map((user) => (normalizeEmail(user.email) === key ? { ...user, signedOutAt } : user)),
    }));
  }

  async listUsers(): Promise<LocalUser[]> {
    return (await readJsonFile(this.filePath, EMPTY)).users;
  }
}

function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
