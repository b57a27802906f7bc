/** Import transactions run a few at once, never two bumping the same calendar day. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inWaves } from '../src/repositories/transactionWaves';

describe('inWaves', () => {
  it('puts chunks with no shared keys side by side, at most the limit at once', () => {
    const chunks = ['a', 'b', 'c', 'd', 'e'].map((key) => [key]);
    expect(inWaves(chunks, 2, (chunk) => chunk)).toEqual([[['a'], ['b']], [['c'], ['d']], [['e']]]);
  });

  it('holds back a chunk that shares a key with one in the wave', () => {
    const chunks = [['mon'], ['mon', 'tue'], ['wed'], ['tue']];
    expect(inWaves(chunks, 4, (chunk) => chunk)).toEqual([[['mon'], ['wed'], ['tue']], [['mon', 'tue']]]);
  });

  it('keeps every chunk exactly once, and no wave holds a key twice', () => {
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }), { maxLength: 30 }), fc.integer({ min: 1, max: 5 }), (chunks, limit) => {
        const result = inWaves(chunks, limit, (chunk) => chunk.map(String));
        expect(result.flat().length).toBe(chunks.length);
        expect(new Set(result.flat()).size).toBe(chunks.length);
        for (const wave of result) {
          expect(wave.length).toBeGreaterThan(0);
          expect(wave.length).toBeLessThanOrEqual(limit);
          const keys = wave.flat();
          expect(new Set(keys).size).toBe(keys.length);
        }
      }),
    );
  });
});
