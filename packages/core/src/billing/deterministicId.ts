/**
 * Deterministic ULID-shaped ids for effects of stream records (charges of an arrival): the same inputs
 * always give the same id, so a redelivered record writes onto the id it wrote before. The time part
 * is taken from a ULID the effect belongs to (the appointment), the rest is a hash of the parts.
 */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function deterministicUlid(timeSource: string, ...parts: readonly string[]): string {
  const text = parts.join('\u0000');
  let random = '';
  for (let round = 0; random.length < 16; round++) {
    let hash = 0x811c9dc5 ^ round;
    for (let index = 0; index < text.length; index++) {
      hash ^= text.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    for (let digit = 0; digit < 6 && random.length < 16; digit++) {
      random += CROCKFORD[hash & 31];
      hash >>>= 5;
    }
  }
  return `${timeSource.slice(0, 10)}${random}`;
}
