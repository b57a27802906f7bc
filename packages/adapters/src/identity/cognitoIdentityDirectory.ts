import {
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  type AttributeType,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { isSignInOfAnotherClinic, signInTakenError } from '@casefile/core';
import type { IdentityDirectory, IdentityUser } from './identityDirectory';

/**
 * Staff accounts in the Cognito user pool. The custom attributes become the ID token's
 * `custom:clinicId` and `custom:role` claims that the API reads. Cognito sends the invitation mail.
 */
export class CognitoIdentityDirectory implements IdentityDirectory {
  constructor(
    private readonly userPoolId: string,
    private readonly client: CognitoIdentityProviderClient = new CognitoIdentityProviderClient({}),
  ) {}

  /** The account with this email and its claims, or undefined when there is none. */
  async findByEmail(email: string): Promise<IdentityUser | undefined> {
    const username = email.trim().toLowerCase();
    try {
      const found = await this.client.send(new AdminGetUserCommand({ UserPoolId: this.userPoolId, Username: username }));
      const attribute = (name: string) => found.UserAttributes?.find((candidate) => candidate.Name === name)?.Value ?? '';
      return {
        email: attribute('email') || username,
        clinicId: attribute('custom:clinicId'),
        memberId: attribute('custom:memberId'),
        role: attribute('custom:role'),
        active: found.Enabled !== false,
      };
    } catch (error) {
      if (error instanceof Error && error.name === 'UserNotFoundException') return undefined;
      throw error;
    }
  }

  async putUser(user: IdentityUser): Promise<void> {
    const username = user.email.trim().toLowerCase();
    const attributes: AttributeType[] = [
      { Name: 'email', Value: username },
      { Name: 'email_verified', Value: 'true' },
      { Name: 'custom:clinicId', Value: user.clinicId },
      { Name: 'custom:role', Value: user.role },
      { Name: 'custom:memberId', Value: user.memberId },
    ];
    try {
      await this.client.send(
        new AdminCreateUserCommand({ UserPoolId: this.userPoolId, Username: username, UserAttributes: attributes, DesiredDeliveryMediums: ['EMAIL'] }),
      );
    } catch (error) {
      if (!(error instanceof Error) || error.name !== 'UsernameExistsException') throw error;
      // One user per email across clinics: only the clinic the account belongs to may update it.
      if (isSignInOfAnotherClinic(await this.findByEmail(username), user.clinicId)) throw signInTakenError();
      await this.client.send(
        new AdminUpdateUserAttributesCommand({
          UserPoolId: this.userPoolId,
          Username: username,
          UserAttributes: attributes.filter((attribute) => attribute.Name !== 'email'),
        }),
      );
    }
    const toggle = user.active
      ? new AdminEnableUserCommand({ UserPoolId: this.userPoolId, Username: username })
      : new AdminDisableUserCommand({ UserPoolId: this.userPoolId, Username: username });
    await this.client.send(toggle);
  }

  /** Revokes the user's refresh tokens, so no session outlives a deactivation by more than an ID token's life. */
  async signOutEverywhere(email: string): Promise<void> {
    try {
      await this.client.send(new AdminUserGlobalSignOutCommand({ UserPoolId: this.userPoolId, Username: email.trim().toLowerCase() }));
    } catch (error) {
      if (error instanceof Error && error.name === 'UserNotFoundException') return;
      throw error;
    }
  }
}
