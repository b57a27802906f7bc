// The engine's public input and output shapes. Instants are UTC ISO-8601 strings; wall-clock rules
// (shifts, breaks) are local dates and HH:MM times in the calendar's IANA zone.
import type { Guardrails } from '../schemas/calendar';

export interface WallClockShift {
  shiftId: string;
  /** Local date in the calendar's zone, YYYY-MM-DD. */
  date: string;
  /** HH:MM local. */
  start: string;
  /** HH:MM local; '24:00' ends the shift at the next local midnight. */
  end: string;
  /** Wall-clock times on the shift's date, inside the shift. */
  breaks: { start: string; end: string }[];
}

export interface TimeBlockInput {
  blockId: string;
  kind: string;
  label?: string;
  start: string;
  end: string;
}

export interface BusyInput {
  appointmentId: string;
  start: string;
  end: string;
}

export interface CalendarAvailabilityInput {
  calendarId: string;
  /** The IANA zone of the calendar's location. */
  timeZone: string;
  disciplineIds: string[];
  onlineBooking: boolean;
  guardrails: Guardrails;
  shifts: WallClockShift[];
  blocks: TimeBlockInput[];
  busy: BusyInput[];
}

export interface SessionInput {
  sessionId: string;
  disciplineId: string;
  durationMinutes: number;
  onlineBookable: boolean;
}

export type AvailabilityMode = 'staff' | 'online';

export interface AvailabilityRequest {
  session: SessionInput;
  /** Search window: starts in [from, to). */
  from: string;
  to: string;
  now: string;
  mode: AvailabilityMode;
  /** Alignment of starts on the local wall clock, in minutes from local midnight (default 15). */
  slotMinutes?: number;
  /** Most starts per calendar, or most openings for multi-resource (default 50). */
  limit?: number;
}

export interface Interval {
  start: string;
  end: string;
}

export interface CalendarOpenings {
  calendarId: string;
  freeIntervals: Interval[];
  starts: string[];
}

export interface MultiResourceOpening {
  start: string;
  /** The provider first, then one calendar per required kind, in the order the kinds were given. */
  calendarIds: string[];
}

export type ReasonCode =
  | 'outside_shift'
  | 'in_break'
  | 'blocked'
  | 'busy'
  | 'buffer'
  | 'lead_time'
  | 'horizon'
  | 'in_past'
  | 'discipline_mismatch'
  | 'calendar_not_online'
  | 'session_not_online';

export interface UnavailableReason {
  code: ReasonCode;
  message: string;
  /** 'online': only online booking is refused, staff may still book; 'all': nobody may. */
  scope: 'all' | 'online';
  shiftId?: string;
  blockId?: string;
  appointmentId?: string;
  /** The span of what is in the way (a break, block, appointment, the lead time, the horizon onwards). */
  from?: string;
  to?: string;
}

export interface Explanation {
  calendarId: string;
  at: string;
  end: string;
  /** Bookable in the request's mode. */
  bookable: boolean;
  bookableByStaff: boolean;
  reasons: UnavailableReason[];
}

export type ExplainRequest = Omit<AvailabilityRequest, 'from' | 'to' | 'limit'>;
