/**
 * A visit needs its note: an appointment the client arrived at (arrived, or paid after arriving)
 * with no signed note 24 hours after it ended is overdue.
 */
export const NOTE_DUE_HOURS = 24;
const ATTENDED: ReadonlySet<string> = new Set(['arrived', 'paid']);

export interface VisitForNote {
  appointmentId: string;
  status: string;
  end: string;
}

export function isNoteOverdue(visit: VisitForNote, hasSignedNote: boolean, now: Date): boolean {
  if (hasSignedNote || !ATTENDED.has(visit.status)) return false;
  return now.getTime() - Date.parse(visit.end) > NOTE_DUE_HOURS * 3_600_000;
}

/** The visits of a case that are overdue, given the appointment ids that have a signed note. */
export function overdueVisits<V extends VisitForNote>(visits: readonly V[], signedAppointmentIds: ReadonlySet<string>, now: Date): V[] {
  return visits.filter((visit) => isNoteOverdue(visit, signedAppointmentIds.has(visit.appointmentId), now));
}
