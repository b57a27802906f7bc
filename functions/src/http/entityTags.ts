/**
 * Entity tags for conditional writes (RFC 9110 section 8.8.3 and 13.1.1). A resource's tag is derived
 * from its `updatedAt` and `version` when it carries them (every stored record does), so two reads of an
 * unchanged record agree whoever reads it; other representations are tagged by their content.
 */
import { createHash } from 'node:crypto';

export function entityTagOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  const basis = typeof record.updatedAt === 'string' ? `v1|${record.updatedAt}|${String(record.version ?? '')}` : `c1|${JSON.stringify(body)}`;
  return `"${createHash('sha256').update(basis).digest('base64url').slice(0, 27)}"`;
}

/** `If-Match` uses the strong comparison: `*` matches any current representation, weak tags never match. */
export function ifMatchAllows(header: string, currentTag: string | undefined): boolean {
  if (currentTag === undefined) return false;
  const candidates = header.split(',').map((part) => part.trim()).filter((part) => part !== '');
  return candidates.some((candidate) => candidate === '*' || candidate === currentTag);
}
