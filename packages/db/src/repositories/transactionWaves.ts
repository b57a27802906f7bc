/**
 * Groups the chunks of a batch into waves of at most `limit` whose shared keys (e.g. the calendar days
 * an import transaction bumps) do not overlap, so the transactions of one wave, run at once, never hold
 * the same item and cancel each other. Every chunk lands in exactly one wave; a chunk whose keys clash
 * waits for a later wave.
 */
export function inWaves<C>(chunks: readonly C[], limit: number, keysOf: (chunk: C) => readonly string[]): C[][] {
  const pending = [...chunks];
  const result: C[][] = [];
  while (pending.length > 0) {
    const wave: C[] = [];
    const held = new Set<string>();
    for (let index = 0; index < pending.length && wave.length < limit; ) {
      const keys = keysOf(pending[index]!);
      if (keys.some((key) => held.has(key))) {
        index += 1;
        continue;
      }
      for (const key of keys) held.add(key);
      wave.push(pending.splice(index, 1)[0]!);
    }
    result.push(wave);
  }
  return result;
}
