// Explain (SPEC C7): every reason one calendar cannot take a session starting at one instant. Checks
// each rule directly against the input rather than reusing the sweep, so it can be tested against it.
import { acceptsDiscipline, parseCalendar, withBuffers } from './calendarInput';
import { expandShifts } from './expandShifts';
import { formatInstant, parseInstant } from './instants';
import { overlaps, type MsInterval } from './intervals';
import { parseExplainRequest } from './request';
import type { CalendarAvailabilityInput, ExplainRequest, Explanation, UnavailableReason } from './types';
import { formatLocal, WallClock } from './wallClock';

export function explainStart(calendar: CalendarAvailabilityInput, request: ExplainRequest, at: string): Explanation {
  const { session, durationMs, nowMs, mode } = parseExplainRequest(request);
  const { blocks, busy } = parseCalendar(calendar, 'calendar');
  const wallClock = new WallClock();
  wallClock.checkZone(calendar.timeZone, 'calendar.timeZone');
  const zone = calendar.timeZone;
  const start = parseInstant(at, 'at');
  const end = start + durationMs;
  const booking: MsInterval = { start, end };
  const local = (ms: number) => formatLocal(zone, ms);
  const span = (interval: MsInterval) => ({ from: formatInstant(interval.start), to: formatInstant(interval.end) });
  const reasons: UnavailableReason[] = [];

  if (!acceptsDiscipline(calendar, session)) {
    reasons.push({ code: 'discipline_mismatch', scope: 'all', message: "This calendar does not accept the session's discipline." });
  }
  if (!calendar.onlineBooking) reasons.push({ code: 'calendar_not_online', scope: 'online', message: 'This calendar does not take online bookings.' });
  if (!session.onlineBookable) reasons.push({ code: 'session_not_online', scope: 'online', message: 'This session cannot be booked online.' });

  if (start < nowMs) reasons.push({ code: 'in_past', scope: 'all', message: `The start is in the past (now is ${local(nowMs)}).`, to: formatInstant(nowMs) });
  const { leadTimeMinutes, horizonDays, bufferBeforeMinutes, bufferAfterMinutes } = calendar.guardrails;
  const leadEnd = nowMs + leadTimeMinutes * 60_000;
  if (start < leadEnd) {
    reasons.push({ code: 'lead_time', scope: 'online', message: `Online booking needs ${leadTimeMinutes} minutes' notice: the earliest online start is ${local(leadEnd)}.`, ...span({ start: nowMs, end: leadEnd }) });
  }
  const horizonEnd = wallClock.addLocalDays(zone, nowMs, horizonDays);
  if (start >= horizonEnd) {
    reasons.push({ code: 'horizon', scope: 'online', message: `Online booking opens at most ${horizonDays} days ahead, until ${local(horizonEnd)}.`, from: formatInstant(horizonEnd) });
  }

  reasons.push(...shiftReasons(calendar, booking, wallClock, local, span));

  for (const block of blocks) {
    if (!overlaps(block, booking)) continue;
    const name = block.label ? `${block.kind} "${block.label}"` : block.kind;
    reasons.push({ code: 'blocked', scope: 'all', blockId: block.blockId, message: `Blocked by ${name} (${local(block.start)} to ${local(block.end)}).`, ...span(block) });
  }
  for (const appointment of busy) {
    const times = `${local(appointment.start)} to ${local(appointment.end)}`;
    if (overlaps(appointment, booking)) {
      reasons.push({ code: 'busy', scope: 'all', appointmentId: appointment.appointmentId, message: `Busy with appointment ${appointment.appointmentId} (${times}).`, ...span(appointment) });
    } else if (overlaps(withBuffers(appointment, calendar), booking)) {
      reasons.push({
        code: 'buffer',
        scope: 'online',
        appointmentId: appointment.appointmentId,
        message: `Within the buffer of appointment ${appointment.appointmentId} (${times}; online bookings keep ${bufferBeforeMinutes} minutes before and ${bufferAfterMinutes} after).`,
        ...span(appointment),
      });
    }
  }

  const bookableByStaff = reasons.every((reason) => reason.scope !== 'all');
  return {
    calendarId: calendar.calendarId,
    at: formatInstant(start),
    end: formatInstant(end),
    bookable: mode === 'staff' ? bookableByStaff : reasons.length === 0,
    bookableByStaff,
    reasons,
  };
}

/**
 * Fine when some shift holds the whole session with none of its breaks in the way; otherwise the
 * shifts it runs out of (or that none covers it) and the breaks it runs into.
 */
function shiftReasons(
  calendar: CalendarAvailabilityInput,
  session: MsInterval,
  wallClock: WallClock,
  local: (ms: number) => string,
  span: (interval: MsInterval) => { from: string; to: string },
): UnavailableReason[] {
  const shifts = expandShifts(calendar, session.start, session.end, wallClock);
  const holding = shifts.filter((shift) => shift.start <= session.start && session.end <= shift.end);
  if (holding.some((shift) => !shift.breaks.some((pause) => overlaps(pause, session)))) return [];
  const reasons: UnavailableReason[] = [];
  if (holding.length === 0 && shifts.length === 0) reasons.push({ code: 'outside_shift', scope: 'all', message: 'No shift covers this time.' });
  if (holding.length === 0) {
    for (const shift of shifts) {
      reasons.push({
        code: 'outside_shift',
        scope: 'all',
        shiftId: shift.shiftId,
        message: `The session runs outside the shift (${local(shift.start)} to ${local(shift.end)}).`,
        ...span(shift),
      });
    }
  }
  for (const shift of shifts) {
    for (const pause of shift.breaks) {
      if (overlaps(pause, session)) {
        reasons.push({ code: 'in_break', scope: 'all', shiftId: shift.shiftId, message: `In a break of the shift (${local(pause.start)} to ${local(pause.end)}).`, ...span(pause) });
      }
    }
  }
  return reasons;
}
