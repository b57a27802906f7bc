import { invalidCursor, isInvalidCursor } from './errors';
import type { Page, PageRequest } from './context';

interface PagedQuery<T> {
  go(options: { cursor: string | null; limit: number; order?: 'asc' | 'desc' }): Promise<{ data: T[]; cursor: string | null }>;
}

/** Runs one page of an ElectroDB query, turning a bad cursor into a 400 instead of a 500. */
export async function queryPage<T, R = T>(
  query: PagedQuery<T>,
  page: PageRequest,
  // Without a map, R is the caller's public type for the stored item (ElectroDB types JSON attributes as optional).
  map: (item: T) => R = (item) => item as unknown as R,
  order: 'asc' | 'desc' = 'asc',
): Promise<Page<R>> {
  try {
    const result = await query.go({ cursor: page.cursor ?? null, limit: page.limit, order });
    return { items: result.data.map(map), nextCursor: result.cursor ?? null };
  } catch (error) {
    if (page.cursor && isInvalidCursor(error)) throw invalidCursor(error);
    throw error;
  }
}
