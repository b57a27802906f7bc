/**
 * Editing shifts one at a time or "this and following" (SPEC C2).
 *
 * A series is the set of shifts one repeat request created on one calendar (they share `seriesId`).
 * - scope `one` changes only the shift addressed. It stays in its series, so a later `following`
 *   edit or delete from an earlier occurrence reaches it too (ending a series ends all of it).
 * - scope `following` changes the shift addressed and every later occurrence of its series. A patch
 *   is field by field: only the fields sent (start, end, breaks) are replaced on each occurrence, the
 *   others keep their own values. Every occurrence is checked before anything is written.
 * - a shift without a series treats `following` like `one`.
 */
import { type FieldIssue, ValidationError } from '../errors';
import { type ShiftBreak, type ShiftTimeIssue, type ShiftTimes, shiftTimeIssues, sortBreaks } from './shiftTimes';

export const SHIFT_EDIT_SCOPES = ['one', 'following'] as const;
export type ShiftEditScope = (typeof SHIFT_EDIT_SCOPES)[number];

export interface ShiftTimesPatch {
  start?: string | undefined;
  end?: string | undefined;
  breaks?: ShiftBreak[] | undefined;
}

interface Occurrence {
  shiftId: string;
  date: string;
  seriesId?: string | undefined;
}

/** The shifts an edit of `anchor` reaches, in date order, `anchor` first. */
export function occurrencesInScope<T extends Occurrence>(anchor: T, seriesShifts: readonly T[], scope: ShiftEditScope): T[] {
  if (scope === 'one' || !anchor.seriesId) return [anchor];
  const later = seriesShifts
    .filter((shift) => shift.seriesId === anchor.seriesId && shift.shiftId !== anchor.shiftId && shift.date > anchor.date)
    .sort((a, b) => a.date.localeCompare(b.date));
  return [anchor, ...later];
}

/**
 * The patch applied to each shift, or a ValidationError naming the request's fields (`start`,
 * `breaks.1.end`) and the dates that would break a rule. Nothing is half-applied: it is all the
 * shifts or an error.
 */
export function applyShiftPatch<T extends ShiftTimes & Occurrence>(shifts: readonly T[], patch: ShiftTimesPatch): T[] {
  const issuesByPath = new Map<string, { message: string; dates: string[] }>();
  const next = shifts.map((shift) => {
    const merged = {
      ...shift,
      start: patch.start ?? shift.start,
      end: patch.end ?? shift.end,
      breaks: sortBreaks(patch.breaks ?? shift.breaks),
    };
    for (const issue of shiftTimeIssues({ ...merged, breaks: patch.breaks ?? shift.breaks })) {
      const { path, message } = patch.breaks ? issue : blameSentTime(issue, shift.breaks);
      const key = path.join('.');
      const entry = issuesByPath.get(key) ?? { message, dates: [] };
      entry.dates.push(shift.date);
      issuesByPath.set(key, entry);
    }
    return merged;
  });
  if (issuesByPath.size > 0) {
    const issues: FieldIssue[] = [...issuesByPath].map(([path, { message, dates }]) => ({ path, message: withDates(message, dates, shifts.length) }));
    throw new ValidationError('The change would make a shift invalid.', issues);
  }
  return next;
}

/** When only the times were sent, a stored break that falls outside is the new time's fault. */
function blameSentTime(issue: ShiftTimeIssue, breaks: readonly ShiftBreak[]): ShiftTimeIssue {
  const [field, index, end] = issue.path;
  if (field !== 'breaks' || typeof index !== 'number') return issue;
  const pause = breaks[index];
  const span = pause ? `${pause.start}-${pause.end}` : '';
  return end === 'start'
    ? { path: ['start'], message: `The shift would start after its break ${span}; send breaks as well.` }
    : { path: ['end'], message: `The shift would end before its break ${span}; send breaks as well.` };
}

function withDates(message: string, dates: string[], total: number): string {
  if (total === 1) return message;
  const shown = dates.slice(0, 3).join(', ');
  return `${message} (on ${shown}${dates.length > 3 ? ` and ${dates.length - 3} more` : ''})`;
}
