/** What the waitlist page shows, decided without React: when an entry's client can come, and an offer's state. */
import type { Schemas } from '../api/client';
import { displayTime, parseLocalTime } from '../lib/zonedTime';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** `Mon, Wed 9:00 AM–12:00 PM; Sat 10:00 AM–2:00 PM`, or `Any time`. Days are ISO (1 = Monday). */
export function describeWindows(windows: readonly Schemas['WaitlistWindow'][]): string {
  if (windows.length === 0) return 'Any time';
  return windows
    .map((window) => `${[...window.days].sort((a, b) => a - b).map((day) => WEEKDAYS[day - 1]).join(', ')} ${displayTime(parseLocalTime(window.start))}–${displayTime(parseLocalTime(window.end))}`)
    .join('; ');
}

export function describeDates(entry: Pick<Schemas['WaitlistEntry'], 'earliestDate' | 'latestDate'>): string {
  if (entry.earliestDate && entry.latestDate) return `${entry.earliestDate} to ${entry.latestDate}`;
  if (entry.earliestDate) return `from ${entry.earliestDate}`;
  if (entry.latestDate) return `until ${entry.latestDate}`;
  return 'Any date';
}

export const OFFER_COLORS: Readonly<Record<Schemas['WaitlistOffer']['status'], string>> = {
  offered: 'blue',
  accepted: 'green',
  taken: 'gray',
  expired: 'orange',
  withdrawn: 'gray',
};

/** An offered link past its expiry reads as expired before its schedule has fired. */
export function offerState(offer: Pick<Schemas['WaitlistOffer'], 'status' | 'expiresAt'>, now: number): Schemas['WaitlistOffer']['status'] {
  return offer.status === 'offered' && Date.parse(offer.expiresAt) <= now ? 'expired' : offer.status;
}
