/**
 * Thrown on malformed engine input (a bad instant, a break outside its shift, an unknown zone).
 * Deliberately not a DomainError: requests are validated by their zod schemas before they reach the
 * engine, so what is left is broken stored data or a caller's bug, and that must surface as a 500
 * rather than as an answer computed from half the data.
 */
export class AvailabilityInputError extends Error {
  override name = 'AvailabilityInputError';
  constructor(
    /** Where in the input, e.g. `calendars[2].shifts[5].breaks[0]`. */
    readonly path: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${path}: ${message}`, options);
  }
}
