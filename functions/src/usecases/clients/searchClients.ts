import { type Client, type ClientSearchQuery, clientSortName, matchesGivenName, phoneSearchKeys } from '@casefile/core';
import type { ClinicRepositories, Page } from '@casefile/db';

/**
 * How many clients a given-name search reads. The name index is keyed by family name, so a
 * given-name match reads the clinic's clients in name order (a Query, bounded here); this copes with
 * every client already stored, without a backfill.
 */
const GIVEN_NAME_READ_LIMIT = 2000;

/**
 * Client search (issue 16): a name finds family-name prefixes (the index) and given-name prefixes
 * ("emma", "emma thom"); a phone finds its digits typed in any format, with or without the country
 * code; an email is matched whole. Without a term: the first page in name order.
 */
export async function searchClients(repos: ClinicRepositories, query: ClientSearchQuery): Promise<Page<Client>> {
  if (query.phone !== undefined) {
    const found = await repos.clients.findByPhoneKeys(phoneSearchKeys(query.phone), query.limit);
    return { items: sortedUnique(found).slice(0, query.limit), nextCursor: null };
  }
  if (query.name === undefined || query.cursor) return repos.clients.search(query);
  const name = query.name;
  const [byFamily, everyone] = await Promise.all([repos.clients.search({ ...query, cursor: undefined }), repos.clients.listByName(GIVEN_NAME_READ_LIMIT)]);
  const byGiven = everyone.filter((client) => matchesGivenName(client, name));
  const items = sortedUnique([...byFamily.items, ...byGiven]).slice(0, query.limit);
  return { items, nextCursor: null };
}

function sortedUnique(clients: readonly Client[]): Client[] {
  const byId = new Map(clients.map((client) => [client.clientId, client]));
  return [...byId.values()].sort((a, b) => clientSortName(a.firstName, a.lastName).localeCompare(clientSortName(b.firstName, b.lastName)));
}
