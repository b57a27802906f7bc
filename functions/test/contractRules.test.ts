/** The integrator contract's rules on their own: entity tags, `If-Match`, `updatedSince`, and which routes get which. */
import { describe, expect, it } from 'vitest';
import { entityTagOf, ifMatchAllows } from '../src/http/entityTags';
import { keepChangedSince } from '../src/http/incrementalSync';
import { carriesEntityTag, honoursIfMatch, supportsUpdatedSince } from '../src/http/routeContract';
import { ROUTES } from '../src/routes';

const route = (operationId: string) => {
  const found = ROUTES.find((candidate) => candidate.operationId === operationId);
  if (!found) throw new Error(`No route ${operationId}.`);
  return found;
};

describe('entity tags', () => {
  it('follow updatedAt and version, not the rest of the representation', () => {
    const stored = { clientId: 'A', updatedAt: '2026-01-01T10:00:00.000Z', version: 3, notes: 'x' };
    expect(entityTagOf({ ...stored, notes: 'seen by another role' })).toBe(entityTagOf(stored));
    expect(entityTagOf({ ...stored, version: 4 })).not.toBe(entityTagOf(stored));
    expect(entityTagOf({ ...stored, updatedAt: '2026-01-01T10:00:00.001Z' })).not.toBe(entityTagOf(stored));
  });

  it('tag other representations by their content', () => {
    expect(entityTagOf({ client: { a: 1 } })).not.toBe(entityTagOf({ client: { a: 2 } }));
    expect(entityTagOf([1, 2])).toBeUndefined();
  });

  it('If-Match compares strongly: the tag, one of a list, or *; weak tags never match', () => {
    const tag = entityTagOf({ updatedAt: '2026-01-01T10:00:00.000Z' })!;
    expect(ifMatchAllows(tag, tag)).toBe(true);
    expect(ifMatchAllows(`"other", ${tag}`, tag)).toBe(true);
    expect(ifMatchAllows('*', tag)).toBe(true);
    expect(ifMatchAllows(`W/${tag}`, tag)).toBe(false);
    expect(ifMatchAllows('"stale"', tag)).toBe(false);
  });
});

describe('updatedSince', () => {
  it('keeps the items changed at or after the instant, whatever the precision, and the cursor', () => {
    const page = { items: [{ id: 1, updatedAt: '2026-01-01T09:59:59.999Z' }, { id: 2, updatedAt: '2026-01-01T10:00:00.000Z' }, { id: 3, updatedAt: '2026-01-02T00:00:00Z' }], nextCursor: 'c' };
    expect(keepChangedSince(page, '2026-01-01T10:00:00Z')).toEqual({ items: [page.items[1], page.items[2]], nextCursor: 'c' });
  });
});

describe('which routes get which rule (read from their schemas)', () => {
  it('lists whose items carry updatedAt support updatedSince; computed lists do not', () => {
    expect(supportsUpdatedSince(route('listClients'))).toBe(true);
    expect(supportsUpdatedSince(route('listCaseInvoices'))).toBe(true);
    expect(supportsUpdatedSince(route('findWaitlistMatches'))).toBe(false);
    expect(supportsUpdatedSince(route('getClient'))).toBe(false);
  });

  it('a PATCH honours If-Match where its path has a GET, and answers an ETag when it answers the same representation', () => {
    expect(honoursIfMatch(route('updateCalendar'), ROUTES)).toBe(true);
    expect(carriesEntityTag(route('updateCalendar'), ROUTES)).toBe(true);
    expect(carriesEntityTag(route('getCalendar'), ROUTES)).toBe(true);
    expect(honoursIfMatch(route('updateCharge'), ROUTES)).toBe(false);
    expect(carriesEntityTag(route('getInvoicePdf'), ROUTES)).toBe(false);
    expect(carriesEntityTag(route('listCalendars'), ROUTES)).toBe(false);
  });
});
