/**
 * How an imported visit is stored. Times given without an offset are the calendar's wall-clock time.
 * Imported visits announce nothing (no new-booking notice), and a visit whose status would call for
 * billing (an arrival, a no-show fee) is marked as billed already: the old system charged it, so the
 * charge consumer finds nothing to do. Future booked visits get their reminders as any booking does.
 */
import { Temporal } from 'temporal-polyfill';
import { desiredEpisode, type BillingEpisodeKind } from '../billing/episodes';
import type { ImportAppointmentRow } from './importFields';

export function importedInstant(value: string, timeZone: string): string {
  const text = value.trim().replace(' ', 'T');
  if (/(Z|[+-]\d{2}:?\d{2})$/.test(text)) return Temporal.Instant.from(text).toString();
  // 'compatible': a wall time skipped by a DST jump moves forward; a repeated one takes the earlier instant.
  return Temporal.PlainDateTime.from(text).toZonedDateTime(timeZone, { disambiguation: 'compatible' }).toInstant().toString();
}

export interface ImportedVisitTimes {
  start: string;
  end: string;
}

/** Start and end as UTC instants, or a message for the field that is wrong. */
export function importedVisitTimes(row: Pick<ImportAppointmentRow, 'start' | 'end' | 'durationMinutes'>, timeZone: string): ImportedVisitTimes | { field: 'start' | 'end'; message: string } {
  let start: string;
  try {
    start = importedInstant(row.start, timeZone);
  } catch {
    return { field: 'start', message: 'Not a valid date and time.' };
  }
  let end: string;
  try {
    end = row.end !== undefined ? importedInstant(row.end, timeZone) : Temporal.Instant.from(start).add({ minutes: row.durationMinutes ?? 0 }).toString();
  } catch {
    return { field: 'end', message: 'Not a valid date and time.' };
  }
  const minutes = (Date.parse(end) - Date.parse(start)) / 60_000;
  if (minutes < 5 || minutes > 8 * 60) return { field: 'end', message: 'The visit must last 5 minutes to 8 hours.' };
  return { start, end };
}

/** The billing episode the old system already settled for this visit, if its status calls for one. */
export function importedBillingEpisode(
  status: ImportAppointmentRow['status'],
  policy: { noShowFeeItemId?: string | null; lateCancelFeeItemId?: string | null },
): BillingEpisodeKind | undefined {
  return desiredEpisode({ status }, policy);
}
