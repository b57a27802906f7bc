import { type FhirEpisodeSearch, type FhirResource, toFhirEpisodeOfCare } from '@casefile/core';
import { unlessNotFound } from '../billing/unlessNotFound';
import type { StaffContext } from '../context';
import { casesOfClient } from './clientRecords';

/** The case files of a patient as EpisodeOfCare, optionally only those in one FHIR status. An unknown patient matches nothing. */
export async function searchFhirEpisodes({ repos }: StaffContext, search: FhirEpisodeSearch): Promise<FhirResource[]> {
  const cases = (await unlessNotFound(casesOfClient(repos, search.patient))) ?? [];
  return cases.map(toFhirEpisodeOfCare).filter((episode) => search.status === undefined || episode.status === search.status);
}
