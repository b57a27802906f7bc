/**
 * Field-level before/after of one change, for the audit trail. Bookkeeping fields are left out:
 * who and when are recorded on the audit event itself.
 */
const BOOKKEEPING_FIELDS = new Set(['createdAt', 'updatedAt', 'createdBy', 'updatedBy']);

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

export function diffRecords(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
): FieldChanges {
  const changes: FieldChanges = {};
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const field of [...fields].sort()) {
    if (BOOKKEEPING_FIELDS.has(field)) continue;
    const previous = before?.[field];
    const next = after?.[field];
    if (!isDeepEqual(previous, next)) changes[field] = { before: previous ?? null, after: next ?? null };
  }
  return changes;
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => isDeepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
