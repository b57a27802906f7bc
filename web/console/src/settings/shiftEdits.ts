/** The shift-edit form and its PATCH body; "this and following" only for a shift of a repeat (series). */
import type { Schemas } from '../api/client';

type Shift = Schemas['Shift'];

export interface ShiftForm {
  start: string;
  end: string;
  breaks: { start: string; end: string; label: string }[];
  scope: 'one' | 'following';
}

export function shiftForm(shift: Shift): ShiftForm {
  return { start: shift.start, end: shift.end, breaks: shift.breaks.map((item) => ({ start: item.start, end: item.end, label: item.label ?? '' })), scope: 'one' };
}

export function shiftScopes(shift: Shift): { value: ShiftForm['scope']; label: string }[] {
  return shift.seriesId ? [{ value: 'one', label: 'This shift only' }, { value: 'following', label: 'This and following' }] : [{ value: 'one', label: 'This shift only' }];
}

/** Times and breaks as sent (a break with an empty end is left out; a blank label is dropped). */
export function shiftBody(form: ShiftForm): Schemas['UpdateShift'] {
  return {
    start: form.start,
    end: form.end,
    breaks: form.breaks.filter((item) => item.start && item.end).map((item) => ({ start: item.start, end: item.end, ...(item.label.trim() ? { label: item.label.trim() } : {}) })),
  };
}
