import type { ClinicRepositories } from '@casefile/db';

const CACHE_MS = 60_000;
const cache = new Map<string, { timeZone: string; until: number }>();

/**
 * The zone whose local days the clinic's reports count in (the clinic's default zone), cached for a
 * minute per container: a stream batch reads it once, not once per record.
 */
export async function clinicTimeZone(repos: Pick<ClinicRepositories, 'clinicId' | 'clinic'>, now: Date): Promise<string> {
  const hit = cache.get(repos.clinicId);
  if (hit && hit.until > now.getTime()) return hit.timeZone;
  const { defaultTimeZone } = await repos.clinic.get();
  cache.set(repos.clinicId, { timeZone: defaultTimeZone, until: now.getTime() + CACHE_MS });
  return defaultTimeZone;
}
