/**
 * Staff sign-in. ID tokens carry `custom:clinicId`, `custom:role` and `custom:memberId` (Cognito
 * generates its own `sub`), the claims the API reads from the JWT authorizer's context; only the
 * team function (an admin API caller) can set them.
 *
 * The console signs in through the hosted UI on the pool's domain: authorization code with PKCE from
 * a public client, `openid` in scope so the ID token carries every attribute the client may read
 * (the access token would not carry the custom ones). The console sends that ID token; its `aud` is
 * the client id, which the API's JWT authorizer lists as its audience.
 */
import { Duration, Fn, Lazy, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  ManagedLoginVersion,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
  type UserPoolEmail,
} from 'aws-cdk-lib/aws-cognito';
import type { Grant, IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

/** The custom attributes, without Cognito's `custom:` prefix. */
export const STAFF_CLAIM_ATTRIBUTES = ['clinicId', 'role', 'memberId'] as const;

export interface StaffAuthProps {
  /**
   * The hosted UI's domain prefix (`https://{prefix}.auth.{region}.amazoncognito.com`), unique in the
   * region across AWS. Default: the stack name and the first block of the stack's id (`casefile-1a2b3c4d`).
   */
  domainPrefix?: string | undefined;
  /** How Cognito sends invitations and codes; Cognito's own sender (50 a day) when absent. */
  email?: UserPoolEmail | undefined;
}

/** What the console reads from `/console-config.json` (web/console/src/auth/authMethod.ts, `CognitoAuthConfig`). */
export interface ConsoleAuthConfig {
  auth: { kind: 'cognito'; domain: string; clientId: string };
}

export class StaffAuth extends Construct {
  readonly userPool: UserPool;
  /** The console's app client: hosted UI, authorization code with PKCE, no secret. */
  readonly client: UserPoolClient;
  readonly domain: UserPoolDomain;
  private readonly consoleUrls: string[] = [];

  constructor(scope: Construct, id: string, props: StaffAuthProps = {}) {
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
      ...(props.email ? { email: props.email } : {}),
    });

    // The classic hosted UI needs no branding resource; it prompts for the new password and the
    // TOTP enrolment (a QR code) at the first sign-in.
    this.domain = this.userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: props.domainPrefix ?? derivedDomainPrefix(Stack.of(this)) },
      managedLoginVersion: ManagedLoginVersion.CLASSIC_HOSTED_UI,
    });

    // Callback and sign-out URLs are the console's own URL (its distribution is made after the API,
    // which needs this client), so they are filled in by `allowConsoleAt` before synthesis.
    const consoleUrls = Lazy.list({ produce: () => this.requireConsoleUrls() });
    const standard = { email: true, emailVerified: true, fullname: true };
    this.client = this.userPool.addClient('ConsoleClient', {
      // A browser app cannot keep a secret: a public client, whose code exchange the console binds
      // with PKCE (S256). No implicit grant; SRP stays for scripted sign-in with the AWS SDK.
      generateSecret: false,
      authFlows: { userSrp: true },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: consoleUrls,
        logoutUrls: consoleUrls,
      },
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      // The console keeps only the ID token: after an hour it goes back through the hosted UI.
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      readAttributes: new ClientAttributes().withStandardAttributes(standard).withCustomAttributes(...STAFF_CLAIM_ATTRIBUTES),
      // Listing the writable attributes keeps the custom ones out: a user cannot move clinics or promote themselves.
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
    });
  }

  /** Registers where the console is served (`https://host/`, the redirect URI it sends) as callback and sign-out URL. */
  allowConsoleAt(...urls: string[]): void {
    for (const url of urls) if (!this.consoleUrls.includes(url)) this.consoleUrls.push(url);
  }

  /** The `/console-config.json` that makes the console in AWS sign in through this pool's hosted UI. */
  consoleConfig(): ConsoleAuthConfig {
    return { auth: { kind: 'cognito', domain: this.domain.baseUrl(), clientId: this.client.userPoolClientId } };
  }

  private requireConsoleUrls(): string[] {
    if (this.consoleUrls.length === 0) throw new Error('StaffAuth: call allowConsoleAt with the console URL before synthesis');
    return this.consoleUrls;
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

/**
 * A console URL as Cognito must match it: the origin plus `/`, which is the redirect URI the console
 * sends (`location.origin + '/'`). HTTPS, or plain HTTP on localhost for a dev server.
 */
export function consoleRedirectUrl(url: string): string {
  const parsed = new URL(url);
  const local = parsed.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(parsed.hostname);
  if (parsed.protocol !== 'https:' && !local) throw new Error(`Console URL ${url} must use https (http only for localhost)`);
  return `${parsed.origin}/`;
}

/**
 * `{stack name}-{first block of the stack's GUID}`: stable for the life of the stack, unique enough
 * across accounts, without exposing the account id. Cognito rejects prefixes containing aws, amazon
 * or cognito.
 */
function derivedDomainPrefix(stack: Stack): string {
  const name =
    stack.stackName
      .toLowerCase()
      .replace(/aws|amazon|cognito/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 40)
      .replace(/^-+|-+$/g, '') || 'casefile';
  const stackGuid = Fn.select(2, Fn.split('/', stack.stackId));
  return `${name}-${Fn.select(0, Fn.split('-', stackGuid))}`;
}
