/**
 * The values CloudFront's origin-verify header may carry: the Secrets Manager secret named by
 * `ORIGIN_VERIFY_SECRET_ARN`, current and previous version (so a rotation does not cut off requests
 * CloudFront still signs with the old value until the next deploy), re-read every 5 minutes.
 * Without the variable (the local runtime, tests) there is nothing to verify: undefined.
 */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

const REFRESH_MS = 5 * 60_000;
/** After a rotation CloudFront may send the new value before this cache knows it: a mismatch re-reads values older than this. */
export const MISMATCH_REFRESH_MS = 30_000;
let cache: { arn: string; values: string[]; readAt: number } | undefined;

export async function readOriginVerifyValues(env: NodeJS.ProcessEnv = process.env, now: number = Date.now(), maxAgeMs: number = REFRESH_MS): Promise<string[] | undefined> {
  const arn = env.ORIGIN_VERIFY_SECRET_ARN;
  if (!arn) return undefined;
  if (cache && cache.arn === arn && now - cache.readAt < maxAgeMs) return cache.values;
  const client = new SecretsManagerClient({});
  try {
    const read = async (stage: string) => {
      try {
        return (await client.send(new GetSecretValueCommand({ SecretId: arn, VersionStage: stage }))).SecretString;
      } catch (error) {
        // A secret never rotated has no AWSPREVIOUS version.
        if (stage === 'AWSPREVIOUS' && error instanceof Error && error.name === 'ResourceNotFoundException') return undefined;
        throw error;
      }
    };
    const values = (await Promise.all([read('AWSCURRENT'), read('AWSPREVIOUS')])).filter((value): value is string => typeof value === 'string' && value.length > 0);
    if (values.length === 0) throw new Error('The origin-verify secret has no string value.');
    cache = { arn, values, readAt: now };
    return values;
  } finally {
    client.destroy();
  }
}
