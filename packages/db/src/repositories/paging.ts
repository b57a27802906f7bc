import { TABLE_DEFINITION } from '../table';
import { invalidCursor, isInvalidCursor } from './errors';
import type { Page, PageRequest } from './context';

interface PagedQuery<T> {
  go(options: { cursor: string | null; limit: number; order?: 'asc' | 'desc' }): Promise<{ data: T[]; cursor: string | null }>;
}

const KEY_ATTRIBUTES: ReadonlySet<string> = new Set([
  TABLE_DEFINITION.partitionKey,
  TABLE_DEFINITION.sortKey,
  ...TABLE_DEFINITION.globalIndexes.flatMap((index) => [index.partitionKey, index.sortKey]),
]);

/**
 * The one place a caller's cursor is decoded. ElectroDB's cursor is base64url JSON of DynamoDB's
 * LastEvaluatedKey: an object of the table's key attributes, each a string (every key is type S).
 * Anything else would reach DynamoDB as a malformed ExclusiveStartKey, whose error text varies by
 * index, so it is refused here instead of recognized afterwards.
 */
export function checkCursor(cursor: string): void {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (error) {
    throw invalidCursor(error);
  }
  if (!isKeyObject(decoded)) throw invalidCursor(new Error('The cursor does not decode to a table key.'));
}

function isKeyObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length >= 2 && entries.every(([name, part]) => KEY_ATTRIBUTES.has(name) && typeof part === 'string' && part.length > 0);
}

/** Runs one page of an ElectroDB query, turning a bad cursor into a 400 instead of a 500. */
export async function queryPage<T, R = T>(
  query: PagedQuery<T>,
  page: PageRequest,
  // Without a map, R is the caller's public type for the stored item (ElectroDB types JSON attributes as optional).
  map: (item: T) => R = (item) => item as unknown as R,
  order: 'asc' | 'desc' = 'asc',
): Promise<Page<R>> {
  if (page.cursor) checkCursor(page.cursor);
  try {
    const result = await query.go({ cursor: page.cursor ?? null, limit: page.limit, order });
    return { items: result.data.map(map), nextCursor: result.cursor ?? null };
  } catch (error) {
    if (page.cursor && isInvalidCursor(error)) throw invalidCursor(error);
    throw error;
  }
}
