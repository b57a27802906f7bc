// Checking one calendar's input and reading its blocks and busy appointments as instants.
import { AvailabilityInputError } from './errors';
import { parseSpan, parseUtcInstant } from './instants';
import type { MsInterval } from './intervals';
import type { AvailabilityMode, BusyInput, CalendarAvailabilityInput, SessionInput } from './types';

export interface ParsedBlock extends MsInterval {
  blockId: string;
  kind: string;
  label?: string;
}

export interface ParsedBusy extends MsInterval {
  appointmentId: string;
}

export interface ParsedCalendar {
  blocks: ParsedBlock[];
  busy: ParsedBusy[];
}

const GUARDRAIL_FIELDS = ['leadTimeMinutes', 'bufferBeforeMinutes', 'bufferAfterMinutes', 'horizonDays'] as const;

function checkList(value: unknown, path: string): asserts value is unknown[] {
  if (!Array.isArray(value)) throw new AvailabilityInputError(path, 'expected a list.');
}

export function parseCalendar(calendar: CalendarAvailabilityInput, path: string): ParsedCalendar {
  const blocks = parseBlocks(calendar, path);
  const busy: ParsedBusy[] = [];
  forEachBusy(calendar, path, (appointmentId, start, end) => busy.push({ appointmentId, start, end }));
  return { blocks, busy };
}

/** Checks the calendar's fields and lists, then reads its blocks (the busy list is left to forEachBusy). */
export function parseBlocks(calendar: CalendarAvailabilityInput, path: string): ParsedBlock[] {
  if (!calendar || typeof calendar.calendarId !== 'string' || calendar.calendarId === '') throw new AvailabilityInputError(path, 'expected a calendar with a calendarId.');
  if (typeof calendar.timeZone !== 'string') throw new AvailabilityInputError(`${path}.timeZone`, 'expected an IANA zone name.');
  if (typeof calendar.onlineBooking !== 'boolean') throw new AvailabilityInputError(`${path}.onlineBooking`, 'expected true or false.');
  checkList(calendar.disciplineIds, `${path}.disciplineIds`);
  checkList(calendar.shifts, `${path}.shifts`);
  checkList(calendar.blocks, `${path}.blocks`);
  checkList(calendar.busy, `${path}.busy`);
  for (const field of GUARDRAIL_FIELDS) {
    const value = calendar.guardrails?.[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      throw new AvailabilityInputError(`${path}.guardrails.${field}`, `expected a whole number of at least 0, got ${String(value)}.`);
    }
  }
  return calendar.blocks.map((block, index) => {
    const blockPath = `${path}.blocks[${index}]`;
    if (typeof block?.blockId !== 'string') throw new AvailabilityInputError(blockPath, 'a block needs a blockId.');
    return { blockId: block.blockId, kind: block.kind, label: block.label, ...parseSpan(block, blockPath) };
  });
}

/**
 * Checks and reads every busy interval, in order. Call after parseBlocks, which checks that the
 * busy list is a list.
 */
export function forEachBusy(calendar: CalendarAvailabilityInput, path: string, visit: (appointmentId: string, start: number, end: number) => void): void {
  const list = calendar.busy;
  for (let index = 0; index < list.length; index++) {
    const appointment = list[index]!;
    // The common case, a well-formed interval in the API's own UTC shape, costs no path strings.
    const start = typeof appointment?.start === 'string' ? parseUtcInstant(appointment.start) : NaN;
    const end = typeof appointment?.end === 'string' ? parseUtcInstant(appointment.end) : NaN;
    if (start < end && typeof appointment.appointmentId === 'string') visit(appointment.appointmentId, start, end);
    else {
      const parsed = parseBusy(appointment, `${path}.busy[${index}]`);
      visit(parsed.appointmentId, parsed.start, parsed.end);
    }
  }
}

function parseBusy(appointment: BusyInput, path: string): ParsedBusy {
  if (typeof appointment?.appointmentId !== 'string') throw new AvailabilityInputError(path, 'a busy interval needs an appointmentId.');
  const { start, end } = parseSpan(appointment, path);
  return { appointmentId: appointment.appointmentId, start, end };
}

export function acceptsDiscipline(calendar: CalendarAvailabilityInput, session: SessionInput): boolean {
  return calendar.disciplineIds.includes(session.disciplineId);
}

/** Whether the calendar can take the session at all in this mode (before looking at any time). */
export function isOpenTo(calendar: CalendarAvailabilityInput, session: SessionInput, mode: AvailabilityMode): boolean {
  return acceptsDiscipline(calendar, session) && (mode === 'staff' || (calendar.onlineBooking && session.onlineBookable));
}

/**
 * Where online booking needs the calendar free: [s - bufferBefore, s + d + bufferAfter) must miss the
 * appointment, i.e. [s, s + d) must miss the appointment widened by bufferAfter before it and
 * bufferBefore after it.
 */
export function withBuffers(busy: MsInterval, calendar: CalendarAvailabilityInput): MsInterval {
  const { before, after } = bufferReach(calendar);
  return { start: busy.start - before, end: busy.end + after };
}

/** How far withBuffers widens each appointment, before its start and after its end, in ms. */
export function bufferReach(calendar: CalendarAvailabilityInput): { before: number; after: number } {
  return { before: calendar.guardrails.bufferAfterMinutes * 60_000, after: calendar.guardrails.bufferBeforeMinutes * 60_000 };
}
