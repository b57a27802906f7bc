import { NotFoundError } from '@casefile/core';
import { applyPatch, type RecordMeta, type RepositoryContext, stampUpdate } from './context';
import { concurrentChange, isConditionFailure } from './errors';
import { onVersionRead } from './writePrecondition';

/**
 * The shape of the ElectroDB entity operations this module uses. Kept structural so that each
 * repository passes its own entity without the generic types leaking out.
 */
export interface VersionedEntity {
  get(keys: Record<string, unknown>): { go(options?: { consistent?: boolean }): Promise<{ data: unknown }> };
  create(item: object): { go(): Promise<{ data: unknown }> };
  put(item: object): {
    where(condition: (attributes: Record<string, unknown>, operations: { eq: (attribute: unknown, value: unknown) => string }) => string): {
      go(): Promise<{ data: unknown }>;
    };
  };
}

export async function readOrThrow<T>(entity: VersionedEntity, keys: Record<string, unknown>, label: string): Promise<T> {
  const result = await entity.get(keys).go({ consistent: true });
  if (!result.data) throw new NotFoundError(label);
  return result.data as T;
}

export async function createVersioned<T>(entity: VersionedEntity, item: object, label: string): Promise<T> {
  try {
    const result = await entity.create(item).go();
    return result.data as T;
  } catch (error) {
    if (isConditionFailure(error)) throw concurrentChange(label, error);
    throw error;
  }
}

/**
 * Read, merge the patch, derive, and put back conditioned on the version read. A put (not an update)
 * rewrites every index key from the new state, so clearing a field also drops its sparse index entry.
 */
export async function patchVersioned<T extends RecordMeta>(
  ctx: RepositoryContext,
  entity: VersionedEntity,
  keys: Record<string, unknown>,
  patch: object,
  label: string,
  decide: (current: T, merged: T) => T = (_current, merged) => merged,
): Promise<T> {
  const current = await readOrThrow<T>(entity, keys, label);
  const merged = applyPatch(current, patch);
  const next = { ...decide(current, merged), ...stampUpdate(ctx, current), ...keys } as T;
  try {
    await entity
      .put(next)
      .where((attributes, { eq }) => onVersionRead(keys, attributes, eq, current.version))
      .go();
  } catch (error) {
    if (isConditionFailure(error)) throw concurrentChange(label, error);
    throw error;
  }
  return next;
}
