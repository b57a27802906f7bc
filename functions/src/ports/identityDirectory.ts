/** Staff sign-in accounts: a local identity file or the Cognito user pool. */
import { CognitoIdentityDirectory } from '@casefile/adapters/identity/cognitoIdentityDirectory';
import type { IdentityDirectory } from '@casefile/adapters/identity/identityDirectory';
import { LocalIdentityDirectory } from '@casefile/adapters/identity/localIdentityDirectory';
import { lazyPort } from './lazyPort';

export function identityDirectoryFromEnv(env: NodeJS.ProcessEnv = process.env): IdentityDirectory {
  if (env.LOCAL_IDENTITY_FILE) return new LocalIdentityDirectory(env.LOCAL_IDENTITY_FILE);
  if (env.USER_POOL_ID) return new CognitoIdentityDirectory(env.USER_POOL_ID);
  const unconfigured = async (): Promise<never> => {
    throw new Error('No identity directory configured (USER_POOL_ID or LOCAL_IDENTITY_FILE).');
  };
  return { findByEmail: unconfigured, putUser: unconfigured, signOutEverywhere: unconfigured };
}

export const identityDirectory = lazyPort(() => identityDirectoryFromEnv());
