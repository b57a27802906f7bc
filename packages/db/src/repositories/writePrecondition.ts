/**
 * `If-Match` made atomic. The HTTP edge compares `If-Match` with the ETag of what it reads, but a change
 * that lands between that read and the write would be lost. So the edge runs the change inside a scope
 * naming the resource and the state it matched (its `updatedAt`), and every write conditioned on a
 * version read adds that state to its condition when the item written is the resource named. The
 * condition then fails if anything changed since the matched read, however late, and the write leaves
 * nothing half done (a put or a transaction). The edge answers that failure with 412.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface ExpectedState {
  /** The resource's id as in its path; absent for a singleton (the clinic itself). */
  resourceId?: string | undefined;
  /** The `updatedAt` of the state `If-Match` matched: every stored write stamps a new one. */
  updatedAt: string;
}

const scopes = new AsyncLocalStorage<ExpectedState>();

/** Runs `change` with its writes of the named resource conditioned on `expected`. */
export function withExpectedState<T>(expected: ExpectedState, change: () => Promise<T>): Promise<T> {
  return scopes.run(expected, change);
}

type Equals = (attribute: unknown, value: unknown) => string;

/**
 * The condition for putting the item at `keys` back on the version read: `version = readVersion`, and
 * also `updatedAt = <the state If-Match matched>` when the item is the resource a conditional request names.
 */
export function onVersionRead(keys: Record<string, unknown>, attributes: Record<string, unknown>, eq: Equals, readVersion: number): string {
  const onVersion = eq(attributes.version, readVersion);
  const expected = scopes.getStore();
  if (!expected || !namesItem(expected, keys)) return onVersion;
  return `${onVersion} AND ${eq(attributes.updatedAt, expected.updatedAt)}`;
}

function namesItem(expected: ExpectedState, keys: Record<string, unknown>): boolean {
  return expected.resourceId === undefined || Object.values(keys).includes(expected.resourceId);
}
