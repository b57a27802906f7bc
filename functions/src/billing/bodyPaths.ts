import { isDomainError } from '@casefile/core';

/**
 * Core's billing rules name fields as the rule sees them (`allocations.0.amountMinor`); the API names
 * them from the request (`body.allocations.0.amountMinor`). Rewrites the paths of an error on the way out.
 */
export async function withBodyPaths<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isDomainError(error)) {
      for (const issue of error.details.issues ?? []) if (!issue.path.startsWith('body.')) issue.path = `body.${issue.path}`;
      const extra = error.details.extra;
      if (extra && typeof extra.path === 'string' && !extra.path.startsWith('body.')) extra.path = `body.${extra.path}`;
    }
    throw error;
  }
}
