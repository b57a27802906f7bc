import { isDomainError } from '@casefile/core';

/** The record read, or undefined when it does not exist (any other failure still throws). */
export async function unlessNotFound<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if (isDomainError(error) && error.outcome === 'not_found') return undefined;
    throw error;
  }
}
