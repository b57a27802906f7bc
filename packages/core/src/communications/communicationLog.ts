/**
 * A case's communication log (SPEC K6): the notices sent (or that failed, or were skipped) about its
 * visits and the calls and messages staff recorded, newest first. Notices still being sent are left
 * out: they show once they have an outcome.
 */
import type { Communication, NoticeCommunication, StaffCommunication } from '../schemas/communication';
import type { NotificationLogEntry } from '../schemas/notification';

export interface VisitNotices {
  appointmentId: string;
  start: string;
  entries: readonly NotificationLogEntry[];
}

export function buildCommunicationLog(visits: readonly VisitNotices[], recorded: readonly StaffCommunication[]): Communication[] {
  const notices: NoticeCommunication[] = visits.flatMap((visit) =>
    visit.entries
      .filter((entry) => entry.outcome !== 'sending')
      .map((entry) => ({
        source: 'notice' as const,
        appointmentId: visit.appointmentId,
        appointmentStart: visit.start,
        kind: entry.kind,
        audience: entry.audience,
        outcome: entry.outcome,
        ...(entry.reason ? { reason: entry.reason } : {}),
        ...(entry.failure ? { failure: entry.failure } : {}),
        at: entry.at,
      })),
  );
  return [...notices, ...recorded].sort((a, b) => (a.at === b.at ? 0 : a.at < b.at ? 1 : -1));
}
