/**
 * The rules every shift's times obey (SPEC C2): a shift starts and ends on one local date, ends after
 * it starts (`24:00` closes the day), and holds at most five breaks, each inside the shift, ending
 * after it starts, and overlapping no other break. Touching breaks (12:00-12:30, 12:30-13:00) are fine.
 */
export const MAX_SHIFT_BREAKS = 5;

export interface ShiftBreak {
  start: string;
  end: string;
  label?: string | undefined;
}

export interface ShiftTimes {
  start: string;
  end: string;
  breaks: readonly ShiftBreak[];
}

/** A problem with one field, its path relative to the shift (`['breaks', 2, 'end']`). */
export interface ShiftTimeIssue {
  path: (string | number)[];
  message: string;
}

/** Every rule the times break, each naming its field; empty when the shift is valid. */
export function shiftTimeIssues(times: ShiftTimes): ShiftTimeIssue[] {
  const issues: ShiftTimeIssue[] = [];
  if (times.start >= times.end) issues.push({ path: ['end'], message: 'The shift must end after it starts.' });
  if (times.breaks.length > MAX_SHIFT_BREAKS) {
    issues.push({ path: ['breaks'], message: `A shift has at most ${MAX_SHIFT_BREAKS} breaks.` });
  }
  times.breaks.forEach((pause, index) => {
    if (pause.start >= pause.end) {
      issues.push({ path: ['breaks', index, 'end'], message: 'A break must end after it starts.' });
      return;
    }
    if (pause.start < times.start) issues.push({ path: ['breaks', index, 'start'], message: `The break starts before the shift (${times.start}).` });
    if (pause.end > times.end) issues.push({ path: ['breaks', index, 'end'], message: `The break ends after the shift (${times.end}).` });
  });
  issues.push(...overlapIssues(times.breaks));
  return issues;
}

/** Breaks that overlap an earlier one (by start), named at their own index in the request. */
function overlapIssues(breaks: readonly ShiftBreak[]): ShiftTimeIssue[] {
  const ordered = breaks
    .map((pause, index) => ({ pause, index }))
    .filter(({ pause }) => pause.start < pause.end)
    .sort((a, b) => a.pause.start.localeCompare(b.pause.start) || a.index - b.index);
  const issues: ShiftTimeIssue[] = [];
  let latest: { end: string; index: number } | undefined;
  for (const { pause, index } of ordered) {
    if (latest && pause.start < latest.end) {
      issues.push({ path: ['breaks', index, 'start'], message: `The break overlaps break ${latest.index} (until ${latest.end}).` });
    }
    if (!latest || pause.end > latest.end) latest = { end: pause.end, index };
  }
  return issues;
}

/** Breaks in the order they happen; stored that way so every reader sees them sorted. */
export function sortBreaks<T extends ShiftBreak>(breaks: readonly T[]): T[] {
  return [...breaks].sort((a, b) => a.start.localeCompare(b.start));
}
