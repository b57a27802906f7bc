/**
 * `updatedSince` on list routes (incremental sync): only items whose `updatedAt` is at or after the
 * given instant. It is applied to what the list operation read, the way a DynamoDB filter expression
 * would be (the same reads, a smaller answer), so a page may hold fewer items than `limit` while
 * `nextCursor` still leads on. At-or-after means a repeat at the boundary, never a gap.
 */
import * as z from 'zod';
import { instantSchema } from '@casefile/core';
import { CHANGE_TIME_FIELD } from './routeContract';

export const UPDATED_SINCE = 'updatedSince';

export const updatedSinceSchema = instantSchema.meta({
  description:
    'Incremental sync: only items changed at or after this UTC instant (their `updatedAt`). Pass the largest `updatedAt` you have seen, less a minute of overlap; deletions are not listed (use the audit trail or webhooks).',
});

/** How the pipeline validates `updatedSince` apart from the route's own query schema. */
export const updatedSinceQuerySchema = z.object({ [UPDATED_SINCE]: updatedSinceSchema.optional() });

/** The list answer with only the items changed at or after `since`. */
export function keepChangedSince(body: unknown, since: string): unknown {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { items?: unknown }).items)) return body;
  const from = Date.parse(since);
  const list = body as { items: unknown[] };
  const items = list.items.filter((item) => {
    const changed = (item as Record<string, unknown> | null)?.[CHANGE_TIME_FIELD];
    return typeof changed === 'string' && Date.parse(changed) >= from;
  });
  return { ...list, items };
}
