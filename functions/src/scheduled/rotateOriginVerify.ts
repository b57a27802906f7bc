/**
 * Secrets Manager's rotation function for the origin-verify secret (every 30 days). The new value
 * becomes AWSCURRENT (the old one AWSPREVIOUS, still accepted by the handler) and only then goes into
 * CloudFront's API origin header, so no request is ever signed with a value the API does not accept.
 */
import { CloudFrontClient, GetDistributionConfigCommand, UpdateDistributionCommand } from '@aws-sdk/client-cloudfront';
import {
  DescribeSecretCommand,
  GetRandomPasswordCommand,
  GetSecretValueCommand,
  PutSecretValueCommand,
  SecretsManagerClient,
  UpdateSecretVersionStageCommand,
} from '@aws-sdk/client-secrets-manager';
import { ORIGIN_VERIFY_HEADER } from '../http/originVerify';

interface RotationEvent {
  SecretId: string;
  ClientRequestToken: string;
  Step: 'createSecret' | 'setSecret' | 'testSecret' | 'finishSecret';
}

const secrets = new SecretsManagerClient({});
const cloudFront = new CloudFrontClient({});

export async function handler(event: RotationEvent): Promise<void> {
  if (event.Step === 'createSecret') await createPending(event);
  if (event.Step === 'finishSecret') await finish(event);
  // setSecret and testSecret: nothing to do before the value is current (the handler accepts it only then).
}

async function createPending({ SecretId, ClientRequestToken }: RotationEvent): Promise<void> {
  const pending = await secrets.send(new GetSecretValueCommand({ SecretId, VersionId: ClientRequestToken, VersionStage: 'AWSPENDING' })).catch(() => undefined);
  if (pending) return;
  const { RandomPassword } = await secrets.send(new GetRandomPasswordCommand({ PasswordLength: 64, ExcludePunctuation: true }));
  await secrets.send(new PutSecretValueCommand({ SecretId, ClientRequestToken, SecretString: RandomPassword, VersionStages: ['AWSPENDING'] }));
}

async function finish({ SecretId, ClientRequestToken }: RotationEvent): Promise<void> {
  const described = await secrets.send(new DescribeSecretCommand({ SecretId }));
  const current = Object.entries(described.VersionIdsToStages ?? {}).find(([, stages]) => stages.includes('AWSCURRENT'))?.[0];
  if (current !== ClientRequestToken) {
    await secrets.send(new UpdateSecretVersionStageCommand({ SecretId, VersionStage: 'AWSCURRENT', MoveToVersionId: ClientRequestToken, RemoveFromVersionId: current }));
  }
  const value = (await secrets.send(new GetSecretValueCommand({ SecretId, VersionStage: 'AWSCURRENT' }))).SecretString;
  if (!value) throw new Error('The rotated origin-verify secret has no value.');
  await setOriginHeader(requiredEnv('DISTRIBUTION_ID'), requiredEnv('API_ORIGIN_DOMAIN'), value);
}

async function setOriginHeader(distributionId: string, apiDomain: string, value: string): Promise<void> {
  const { DistributionConfig: config, ETag } = await cloudFront.send(new GetDistributionConfigCommand({ Id: distributionId }));
  const origin = config?.Origins?.Items?.find((item) => item.DomainName === apiDomain);
  if (!config || !origin) throw new Error(`Distribution ${distributionId} has no origin ${apiDomain}.`);
  const others = (origin.CustomHeaders?.Items ?? []).filter((header) => header.HeaderName?.toLowerCase() !== ORIGIN_VERIFY_HEADER);
  const items = [...others, { HeaderName: ORIGIN_VERIFY_HEADER, HeaderValue: value }];
  origin.CustomHeaders = { Quantity: items.length, Items: items };
  await cloudFront.send(new UpdateDistributionCommand({ Id: distributionId, IfMatch: ETag, DistributionConfig: config }));
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set.`);
  return value;
}
