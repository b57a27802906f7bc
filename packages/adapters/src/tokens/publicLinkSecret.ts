/**
 * Where the public-link secret comes from: `PUBLIC_LINK_SECRET` locally and in tests, or in AWS the
 * Secrets Manager secret named by `PUBLIC_LINK_SECRET_ARN`, read once per container.
 */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

export async function readPublicLinkSecret(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.PUBLIC_LINK_SECRET) return env.PUBLIC_LINK_SECRET;
  if (!env.PUBLIC_LINK_SECRET_ARN) throw new Error('No public link secret configured (PUBLIC_LINK_SECRET or PUBLIC_LINK_SECRET_ARN).');
  const client = new SecretsManagerClient({});
  try {
    const result = await client.send(new GetSecretValueCommand({ SecretId: env.PUBLIC_LINK_SECRET_ARN }));
    if (!result.SecretString) throw new Error('The public link secret has no string value.');
    return result.SecretString;
  } finally {
    client.destroy();
  }
}
