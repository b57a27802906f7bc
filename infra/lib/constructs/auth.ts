/**
 * Staff sign-in. ID tokens carry `custom:clinicId`, `custom:role` and `custom:memberId` (Cognito
 * generates its own `sub`), the claims the API reads from the JWT authorizer's context; only the
 * team function (an admin API caller) can set them.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import type { Grant, IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

/** The custom attributes, without Cognito's `custom:` prefix. */
export const STAFF_CLAIM_ATTRIBUTES = ['clinicId', 'role', 'memberId'] as const;

export class StaffAuth extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      standardAttributes: { email: { required: true, mutable: true } },
      // Mutable: the identity directory upserts users, and Cognito rejects any write to an immutable
      // attribute, even an unchanged one. Users still cannot write them (see the client).
      customAttributes: Object.fromEntries(
        STAFF_CLAIM_ATTRIBUTES.map((name) => [name, new StringAttribute({ minLen: 1, maxLen: 64, mutable: true })]),
      ),
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const standard = { email: true, emailVerified: true, fullname: true };
    this.client = this.userPool.addClient('ConsoleClient', {
      // The console signs in with SRP against the user pool itself: no hosted UI, no OAuth redirects.
      authFlows: { userSrp: true },
      disableOAuth: true,
      generateSecret: false,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      readAttributes: new ClientAttributes().withStandardAttributes(standard).withCustomAttributes(...STAFF_CLAIM_ATTRIBUTES),
      // Listing the writable attributes keeps the custom ones out: a user cannot move clinics or promote themselves.
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
    });
  }

  /** What the identity directory (AWS side) needs to create, update, enable and disable staff users. */
  grantIdentityAdmin(grantee: IGrantable): Grant {
    return this.userPool.grant(
      grantee,
      'cognito-idp:AdminGetUser',
      'cognito-idp:AdminCreateUser',
      'cognito-idp:AdminUpdateUserAttributes',
      'cognito-idp:AdminEnableUser',
      'cognito-idp:AdminDisableUser',
      'cognito-idp:AdminUserGlobalSignOut',
    );
  }
}
