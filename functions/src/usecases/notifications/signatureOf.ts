/** The clinic's signature under a mail (issue 16): the location the mail is about, else the first location with an address. */
import { type Clinic, type ClinicSignature, clinicSignature } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';
import { orUndefined } from './notificationRepos';

export async function signatureOf(repos: ClinicRepositories, clinic: Pick<Clinic, 'name' | 'phone'>, locationId?: string | undefined): Promise<ClinicSignature> {
  const location = locationId ? await orUndefined(repos.locations.get(locationId)) : undefined;
  if (location?.address) return clinicSignature(clinic, location);
  const { items } = await repos.locations.list({ limit: 100 });
  return clinicSignature(clinic, location, items);
}
