/** A decision's write lost a race: read again, decide again. */
export const LOST_RACE = Symbol('lost race');

/**
 * Runs read -> decide -> write up to `attempts` times while the write loses a race (returns
 * `LOST_RACE`), pausing a little longer each time with jitter so racing writers spread out; then
 * throws `exhausted()`. Refusals the decision throws end it at once.
 */
export async function retryLostRaces<T>(attempts: number, attempt: () => Promise<T | typeof LOST_RACE>, exhausted: () => Error): Promise<T> {
  for (let round = 0; round < attempts; round++) {
    const result = await attempt();
    if (result !== LOST_RACE) return result;
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * (round + 1)));
  }
  throw exhausted();
}
