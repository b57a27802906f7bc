import { type Client, clientSearchQuerySchema, type FhirPatientSearch, type FhirResource, matchesPatientSearch, toFhirPatient } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';
import { searchClients } from '../clients/searchClients';
import { unlessNotFound } from '../billing/unlessNotFound';
import type { StaffContext } from '../context';

/** The most patients one search answers (one page; FHIR paging is not offered). */
const MAX_MATCHES = 100;
/** A birth-date-only search reads the clinic's clients in name order, bounded like a given-name search. */
const BIRTHDATE_READ_LIMIT = 2000;

/**
 * Patient search: the client search (name, email or phone; by index) finds the candidates, then
 * every parameter given must match (`matchesPatientSearch`). An id is read directly.
 */
export async function searchFhirPatients({ repos }: StaffContext, search: FhirPatientSearch): Promise<FhirResource[]> {
  const candidates = await candidatesFor(repos, search);
  return candidates
    .filter((client) => matchesPatientSearch(client, search))
    .slice(0, MAX_MATCHES)
    .map(toFhirPatient);
}

async function candidatesFor(repos: ClinicRepositories, search: FhirPatientSearch): Promise<Client[]> {
  if (search._id !== undefined) return [await unlessNotFound(repos.clients.get(search._id))].filter((client) => client !== undefined);
  const term = search.phone !== undefined ? { phone: search.phone } : search.email !== undefined ? { email: search.email } : (search.family ?? search.name ?? search.given);
  if (term === undefined) return repos.clients.listByName(BIRTHDATE_READ_LIMIT);
  const query = clientSearchQuerySchema.parse({ ...(typeof term === 'string' ? { name: term } : term), limit: MAX_MATCHES });
  return (await searchClients(repos, query)).items;
}
