/**
 * Every item of the clinic as stored, in the order the export repository walks it: the clinic's own
 * partition first (settings, calendars, sessions, price list), then client after client.
 */
import type { ClinicRepositories, RawItem } from '@casefile/db';

/** Clients read at once: enough to overlap the reads, few enough not to be throttled. */
const CLIENTS_AT_ONCE = 8;

export async function* walkClinic(repos: ClinicRepositories): AsyncGenerator<RawItem[]> {
  // An item met twice (a record audited from two sides) is given once.
  const seen = new Set<string>();
  const unseen = (items: RawItem[]) =>
    items.filter((item) => {
      const key = `${String(item.pk)}|${String(item.sk)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  yield unseen(await repos.exports.clinicItems());
  const clientIds = await repos.exports.clientIds();
  for (let index = 0; index < clientIds.length; index += CLIENTS_AT_ONCE) {
    const files = await Promise.all(clientIds.slice(index, index + CLIENTS_AT_ONCE).map((clientId) => repos.exports.clientItems(clientId)));
    yield unseen(files.flat());
  }
}
