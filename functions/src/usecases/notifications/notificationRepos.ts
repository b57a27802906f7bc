import { type ClinicRepositories, createClinicRepositories } from '@casefile/db';
import type { Runtime } from '../../runtime';

/** Move chains are short (quick edits at the desk); a longer one is not followed further. */
export const MAX_CHAIN_HOPS = 10;

/** Repositories of one clinic for work no user asked for (stream consumers, schedules). */
export function systemRepositories(rt: Runtime, clinicId: string): ClinicRepositories {
  return createClinicRepositories({ service: rt.service, clinicId, actor: 'system:notifications', now: () => rt.clock.now(), newId: rt.newId });
}

/** The value, or undefined when the repository answers not found. */
export async function orUndefined<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if ((error as { outcome?: string }).outcome === 'not_found') return undefined;
    throw error;
  }
}
