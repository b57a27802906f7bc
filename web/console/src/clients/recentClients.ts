/** The clients this browser picked last (newest first), offered before any search is typed. */
export interface RecentClient {
  clientId: string;
  firstName: string;
  lastName: string;
  preferredName?: string | undefined;
  phone?: string | undefined;
}

const KEY = 'casefile.recentClients';
const KEEP = 6;

export function recentClients(): RecentClient[] {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(stored) ? (stored as RecentClient[]).slice(0, KEEP) : [];
  } catch {
    return [];
  }
}

export function rememberClient(client: RecentClient): void {
  const { clientId, firstName, lastName, preferredName, phone } = client;
  const next = [{ clientId, firstName, lastName, preferredName, phone }, ...recentClients().filter((item) => item.clientId !== clientId)].slice(0, KEEP);
  try {
    localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // A full or disabled storage only loses the list.
  }
}
