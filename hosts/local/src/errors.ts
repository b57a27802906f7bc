/** A failure the developer can fix, told in one sentence; main prints the message without a stack. */
export class LocalRuntimeError extends Error {
  override name = 'LocalRuntimeError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export function isLocalRuntimeError(error: unknown): error is LocalRuntimeError {
  return error instanceof LocalRuntimeError;
}
