/**
 * "Book" from a case file: the schedule opens with the case in hand (`/?book=<caseId>`), so the
 * next free time clicked on the grid (or found by Find time) books for that case.
 */
export interface BookingIntent {
  caseId: string;
}

const ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export function bookingIntentPath(caseId: string, date?: string): string {
  const query = new URLSearchParams({ book: caseId, ...(date ? { date } : {}) });
  return `/?${query.toString()}`;
}

export function readBookingIntent(search: string): BookingIntent | undefined {
  const caseId = new URLSearchParams(search).get('book') ?? '';
  return ID.test(caseId) ? { caseId } : undefined;
}

export function readScheduleDate(search: string): string | undefined {
  const date = new URLSearchParams(search).get('date') ?? '';
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
}
