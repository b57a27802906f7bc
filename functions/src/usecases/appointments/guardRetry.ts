/**
 * How a guarded (no-overlap) write retries after losing a race for a calendar day: re-read and decide
 * again, a bounded number of times, waiting a random, growing pause first ("full jitter"), so
 * contenders for one day spread out instead of colliding again in lockstep.
 */
export const GUARDED_ATTEMPTS = 8;
const BASE_PAUSE_MS = 10;
const MAX_PAUSE_MS = 200;

export function pauseBeforeRetry(attempt: number): Promise<void> {
  if (attempt === 0) return Promise.resolve();
  const ceiling = Math.min(MAX_PAUSE_MS, BASE_PAUSE_MS * 2 ** attempt);
  return new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
}
