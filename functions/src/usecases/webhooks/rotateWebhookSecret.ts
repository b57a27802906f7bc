import { rotatedSecrets } from '@casefile/core';
import { newWebhookSecret } from '@casefile/adapters/webhooks/signature';
import type { StaffContext } from '../context';

/** A new signing secret; the replaced one keeps signing beside it for the overlap (core's rotation rule). */
export async function rotateWebhookSecret({ repos, runtime }: StaffContext, endpointId: string) {
  const secret = newWebhookSecret();
  const now = runtime.clock.now();
  let previousValidUntil: string | undefined;
  await repos.webhooks.changeEndpoint(endpointId, (current) => {
    const rotation = rotatedSecrets(current.secrets, secret, now.getTime());
    previousValidUntil = rotation.previousValidUntil;
    return { ...current, secrets: rotation.secrets, secretRotatedAt: now.toISOString() };
  });
  return { endpointId, secret, ...(previousValidUntil ? { previousSecretValidUntil: previousValidUntil } : {}) };
}
