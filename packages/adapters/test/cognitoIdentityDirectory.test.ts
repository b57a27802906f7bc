/** The Cognito identity directory at the SDK client boundary: which commands it sends, and what it refuses. */
import {
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  UsernameExistsException,
  UserNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import { ConflictError } from '@casefile/core';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { CognitoIdentityDirectory, type IdentityUser } from '../src';

const POOL = 'ca-central-1_TestPool1';
const cognito = mockClient(CognitoIdentityProviderClient);
const directory = new CognitoIdentityDirectory(POOL, new CognitoIdentityProviderClient({ region: 'ca-central-1' }));

const ann: IdentityUser = { email: 'Ann@Example.com', clinicId: '01CLINICA', memberId: '01ANN', role: 'provider', active: true };

function existingUserOf(clinicId: string) {
  cognito.on(AdminCreateUserCommand).rejects(new UsernameExistsException({ message: 'User account already exists.', $metadata: {} }));
  cognito.on(AdminGetUserCommand).resolves({
    Username: 'ann@example.com',
    Enabled: true,
    UserAttributes: [
      { Name: 'email', Value: 'ann@example.com' },
      { Name: 'custom:clinicId', Value: clinicId },
      { Name: 'custom:memberId', Value: '01OTHER' },
      { Name: 'custom:role', Value: 'owner' },
    ],
  });
}

describe('Cognito identity directory', () => {
  beforeEach(() => {
    cognito.reset();
    cognito.onAnyCommand().resolves({});
  });

  it('creates a new user with the claims and enables it', async () => {
    await directory.putUser(ann);

    const [create] = cognito.commandCalls(AdminCreateUserCommand);
    expect(create?.args[0].input).toMatchObject({ UserPoolId: POOL, Username: 'ann@example.com' });
    expect(create?.args[0].input.UserAttributes).toEqual(
      expect.arrayContaining([
        { Name: 'custom:clinicId', Value: '01CLINICA' },
        { Name: 'custom:memberId', Value: '01ANN' },
        { Name: 'custom:role', Value: 'provider' },
      ]),
    );
    expect(cognito.commandCalls(AdminEnableUserCommand)).toHaveLength(1);
  });

  it('updates the existing user of the same clinic (a re-invite) and disables it when inactive', async () => {
    existingUserOf('01CLINICA');

    await directory.putUser({ ...ann, role: 'manager', active: false });

    expect(cognito.commandCalls(AdminUpdateUserAttributesCommand)[0]?.args[0].input.UserAttributes).toEqual(
      expect.arrayContaining([{ Name: 'custom:role', Value: 'manager' }]),
    );
    expect(cognito.commandCalls(AdminDisableUserCommand)).toHaveLength(1);
  });

  it("refuses to take over another clinic's user, and leaves it as it is", async () => {
    existingUserOf('01CLINICB');

    const attempt = directory.putUser(ann);

    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toMatchObject({ details: { code: 'email_signs_in_elsewhere' } });
    expect(cognito.commandCalls(AdminUpdateUserAttributesCommand)).toHaveLength(0);
    expect(cognito.commandCalls(AdminEnableUserCommand)).toHaveLength(0);
    expect(cognito.commandCalls(AdminDisableUserCommand)).toHaveLength(0);
  });

  it('signs a user out everywhere with AdminUserGlobalSignOut', async () => {
    await directory.signOutEverywhere(' Ann@Example.com ');

    expect(cognito.commandCalls(AdminUserGlobalSignOutCommand).map((call) => call.args[0].input)).toEqual([{ UserPoolId: POOL, Username: 'ann@example.com' }]);
  });

  it('treats signing out a user who does not exist as done', async () => {
    cognito.on(AdminUserGlobalSignOutCommand).rejects(new UserNotFoundException({ message: 'User does not exist.', $metadata: {} }));

    await expect(directory.signOutEverywhere('gone@example.com')).resolves.toBeUndefined();
  });
});
