/** Staff keep the waitlist (SPEC A9): an entry names an open case, a session and when the client can come. */
import { ConflictError, type CreateWaitlistEntry, type UpdateWaitlistEntry } from '@casefile/core';
import type { ClinicRepositories, StoredWaitlistEntry } from '@casefile/db';
import { requireReference } from '../references';

export async function createWaitlistEntry(repos: ClinicRepositories, input: CreateWaitlistEntry): Promise<StoredWaitlistEntry> {
  const caseFile = await requireReference(repos.cases.get(input.caseId), 'caseId', 'case file');
  if (caseFile.status !== 'open') throw new ConflictError(`Waitlist entries are kept for open case files; this one is ${caseFile.status}.`, 'case_not_open');
  await requireReference(repos.sessions.get(input.sessionId), 'sessionId', 'session');
  await Promise.all(input.calendarIds.map((calendarId, index) => requireReference(repos.calendars.get(calendarId), `calendarIds.${index}`, 'calendar')));
  return repos.waitlist.createEntry(caseFile.clientId, input);
}

export async function updateWaitlistEntry(repos: ClinicRepositories, entryId: string, patch: UpdateWaitlistEntry): Promise<StoredWaitlistEntry> {
  if (patch.sessionId) await requireReference(repos.sessions.get(patch.sessionId), 'sessionId', 'session');
  await Promise.all((patch.calendarIds ?? []).map((calendarId, index) => requireReference(repos.calendars.get(calendarId), `calendarIds.${index}`, 'calendar')));
  return repos.waitlist.updateEntry(entryId, patch);
}

export async function listWaitlistEntries(repos: ClinicRepositories, query: { status?: StoredWaitlistEntry['status'] | undefined; clientId?: string | undefined }): Promise<StoredWaitlistEntry[]> {
  if (query.clientId) {
    const entries = await repos.waitlist.entriesOfClient(query.clientId);
    return entries.filter((entry) => !query.status || entry.status === query.status);
  }
  return repos.waitlist.entriesWithStatus(query.status ?? 'active');
}
