/**
 * `If-Match` on a PATCH, atomic: the current representation is read and its ETag compared (412 when
 * stale), then the change runs with the matched state (`updatedAt`) in the condition of its write of
 * this resource (see `withExpectedState` in packages/db). A change that slips in between the read and
 * the write makes that write fail as a whole; the conflict it reports is answered with 412 when the
 * resource is indeed no longer the one `If-Match` named.
 */
import { DomainError, isDomainError } from '@casefile/core';
import { withExpectedState } from '@casefile/db';
import { entityTagOf, ifMatchAllows } from './entityTags';

export interface ConditionalWrite<T> {
  /** The `If-Match` header as sent. */
  ifMatch: string;
  /** The resource's id from the path; undefined for a singleton (the clinic). */
  resourceId: string | undefined;
  /** The GET of the same path: the representation the ETag is of. */
  readCurrent: () => Promise<unknown>;
  change: () => Promise<T>;
}

export async function writeIfMatch<T>({ ifMatch, resourceId, readCurrent, change }: ConditionalWrite<T>): Promise<T> {
  const current = await readCurrent();
  const currentTag = entityTagOf(current);
  if (!ifMatchAllows(ifMatch, currentTag)) throw preconditionFailed(currentTag);
  const updatedAt = matchedUpdatedAt(current);
  // `*` asks only that the resource exists; a representation without a change time has no state to hold.
  if (ifMatch.trim() === '*' || updatedAt === undefined) return change();
  try {
    return await withExpectedState({ resourceId, updatedAt }, change);
  } catch (error) {
    if (!isDomainError(error) || error.outcome !== 'conflict') throw error;
    const nowTag = entityTagOf(await readCurrent());
    if (ifMatchAllows(ifMatch, nowTag)) throw error;
    throw preconditionFailed(nowTag, error);
  }
}

function preconditionFailed(currentTag: string | undefined, cause?: unknown): DomainError {
  return new DomainError('precondition_failed', 'It changed since you read it: read it again (its ETag) and redo the change.', { code: 'precondition_failed', extra: { etag: currentTag } }, { cause });
}

/**
 * The change time of the state the ETag was taken of: the representation's own `updatedAt`, or that of
 * the one record it wraps (a client read as `{ client, cases }`).
 */
function matchedUpdatedAt(representation: unknown): string | undefined {
  if (typeof representation !== 'object' || representation === null) return undefined;
  const record = representation as Record<string, unknown>;
  if (typeof record.updatedAt === 'string') return record.updatedAt;
  const wrapped = Object.values(record).filter((value): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as Record<string, unknown>).updatedAt === 'string');
  return wrapped.length === 1 ? (wrapped[0]!.updatedAt as string) : undefined;
}
