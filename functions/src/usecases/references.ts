import { NotFoundError, ValidationError } from '@casefile/core';

/**
 * Looks up an entity a request body refers to. A missing one (or another clinic's) is the caller's
 * input error at that field, not a missing resource of the route itself.
 */
export async function requireReference<T>(lookup: Promise<T>, path: string, label: string): Promise<T> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof NotFoundError) {
      throw new ValidationError(`The ${label} this request refers to does not exist.`, [{ path, message: `No ${label} with this id.` }], { cause: error });
    }
    throw error;
  }
}

/** Checks each id of a list field, naming the index of the first one that does not exist. */
export async function requireReferences(ids: readonly string[] | undefined, lookup: (id: string) => Promise<unknown>, path: string, label: string): Promise<void> {
  await Promise.all((ids ?? []).map((id, index) => requireReference(lookup(id), `${path}.${index}`, label)));
}
