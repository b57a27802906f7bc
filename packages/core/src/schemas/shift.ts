/**
 * Shift request and response schemas (SPEC C2). A shift is one calendar's working hours on one local
 * date of its location, with up to five breaks; the rules themselves live in `../shifts`.
 */
import * as z from 'zod';
import {
  countRepeatShifts,
  daysInRange,
  isoWeekday,
  MAX_REPEAT_CALENDARS,
  MAX_REPEAT_SHIFTS,
  MAX_REPEAT_WEEKS,
  MAX_SHIFT_BREAKS,
  MAX_SHIFT_RANGE_DAYS,
  SHIFT_EDIT_SCOPES,
  shiftTimeIssues,
  WEEKDAY_CODES,
} from '../shifts/index';
import { localTimeSchema } from './calendar';
import { localDateSchema, recordMetaSchema, ulidSchema, withoutDefaults } from './common';

export const shiftBreakSchema = z
  .strictObject({
    start: localTimeSchema,
    end: localTimeSchema,
    label: z.string().trim().min(1).max(60).optional(),
  })
  .meta({ id: 'ShiftBreak' });

const timeFields = {
  start: localTimeSchema.meta({ description: 'Local wall-clock start on `date`.' }),
  end: localTimeSchema.meta({ description: 'Local wall-clock end on `date`, after `start`; `24:00` ends at midnight.' }),
  breaks: z.array(shiftBreakSchema).max(MAX_SHIFT_BREAKS).default([]),
};

type TimeFieldsInput = { start?: string | undefined; end?: string | undefined; breaks?: { start: string; end: string }[] | undefined };

/** The shift-time rules as zod issues, so that they come back with every other field problem. */
function checkTimes(value: TimeFieldsInput, context: z.RefinementCtx): void {
  if (value.start === undefined || value.end === undefined) {
    if (value.breaks) {
      // A PATCH of breaks alone is checked against the stored times later; their own order is checkable now.
      const issues = shiftTimeIssues({ start: '00:00', end: '24:00', breaks: value.breaks });
      for (const issue of issues) context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    } else if (value.start !== undefined && value.start === '24:00') {
      context.addIssue({ code: 'custom', path: ['start'], message: 'A shift cannot start at 24:00.' });
    }
    return;
  }
  for (const issue of shiftTimeIssues({ start: value.start, end: value.end, breaks: value.breaks ?? [] })) {
    context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  }
}

export const createShiftSchema = z
  .strictObject({ calendarId: ulidSchema, date: localDateSchema, ...timeFields })
  .superRefine(checkTimes)
  .meta({ id: 'CreateShift' });

export const weekdaySchema = z
  .union([z.enum(WEEKDAY_CODES), z.number().int().min(1).max(7)])
  .meta({ id: 'Weekday', description: 'MO, TU, WE, TH, FR, SA, SU, or the ISO number 1 (Monday) to 7 (Sunday).' });

export const repeatShiftsSchema = z
  .strictObject({
    calendarIds: z.array(ulidSchema).min(1).max(MAX_REPEAT_CALENDARS).meta({ description: 'Each calendar gets its own series.' }),
    startDate: localDateSchema.meta({ description: 'The first date of the repeat; it covers 7 x `weeks` dates from here.' }),
    weekdays: z.array(weekdaySchema).min(1).max(7),
    weeks: z.number().int().min(1).max(MAX_REPEAT_WEEKS),
    ...timeFields,
  })
  .superRefine((value, context) => {
    checkTimes(value, context);
    reportDuplicates(value.calendarIds, 'calendarIds', context);
    reportDuplicates(value.weekdays.map(isoWeekday), 'weekdays', context);
    const count = countRepeatShifts(value);
    if (count > MAX_REPEAT_SHIFTS) {
      context.addIssue({ code: 'custom', path: ['weeks'], message: `This repeat would create ${count} shifts; at most ${MAX_REPEAT_SHIFTS} per request.` });
    }
  })
  .meta({ id: 'RepeatShifts', description: 'Creates, on each calendar, a shift on every chosen weekday of the `weeks` weeks from `startDate`.' });

function reportDuplicates(values: readonly unknown[], field: string, context: z.RefinementCtx): void {
  values.forEach((value, index) => {
    if (values.indexOf(value) !== index) context.addIssue({ code: 'custom', path: [field, index], message: 'Listed twice.' });
  });
}

export const updateShiftSchema = z
  .strictObject(withoutDefaults(timeFields))
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change.')
  .superRefine(checkTimes)
  .meta({ id: 'UpdateShift', description: 'Fields sent replace those of each shift in scope; a time changed alone is checked against the stored breaks.' });

export const shiftScopeQuerySchema = z.strictObject({
  scope: z.enum(SHIFT_EDIT_SCOPES).default('one').meta({
    description: "'one': only this shift. 'following': this shift and the later ones of its series.",
  }),
});

export const shiftListQuerySchema = z
  .strictObject({
    calendarId: ulidSchema,
    from: localDateSchema.meta({ description: 'First local date, included.' }),
    to: localDateSchema.meta({ description: 'Last local date, included.' }),
  })
  .superRefine((query, context) => {
    // Zod runs an object's refinement even when a field failed its own format: measure valid dates only.
    if (!localDateSchema.safeParse(query.from).success || !localDateSchema.safeParse(query.to).success) return;
    const days = daysInRange(query.from, query.to);
    if (days < 1) context.addIssue({ code: 'custom', path: ['to'], message: 'The range must not end before it starts.' });
    if (days > MAX_SHIFT_RANGE_DAYS) context.addIssue({ code: 'custom', path: ['to'], message: `List at most ${MAX_SHIFT_RANGE_DAYS} days at once.` });
  });

export const shiftWeekQuerySchema = z.strictObject({
  locationId: ulidSchema,
  weekOf: localDateSchema.meta({ description: 'Any date of the week (weeks run Monday to Sunday).' }),
});

export const shiftSchema = z
  .object({
    shiftId: ulidSchema,
    clinicId: ulidSchema,
    calendarId: ulidSchema,
    locationId: ulidSchema.meta({ description: "The calendar's location when the shift was written." }),
    date: localDateSchema,
    start: localTimeSchema,
    end: localTimeSchema,
    breaks: z.array(shiftBreakSchema).meta({ description: 'In the order they happen.' }),
    seriesId: ulidSchema.optional().meta({ description: 'Set on shifts created by a repeat; one series per calendar and repeat.' }),
    version: z.number().int(),
  })
  .extend(recordMetaSchema.shape)
  .meta({ id: 'Shift' });

export const shiftListSchema = z
  .object({ calendarId: ulidSchema, from: localDateSchema, to: localDateSchema, items: z.array(shiftSchema) })
  .meta({ id: 'ShiftList', description: 'At most one shift per date, in date order.' });

export const shiftWeekSchema = z
  .object({
    locationId: ulidSchema,
    dates: z.array(localDateSchema).length(7).meta({ description: 'Monday to Sunday.' }),
    calendars: z.array(
      z.object({
        calendarId: ulidSchema,
        name: z.string(),
        kind: z.string(),
        active: z.boolean(),
        shifts: z.array(shiftSchema),
      }),
    ),
  })
  .meta({ id: 'ShiftWeek', description: "The location's calendars you may see, each with its shifts of the week." });

export const repeatShiftsResultSchema = z
  .object({
    count: z.number().int(),
    series: z.array(
      z.object({
        seriesId: ulidSchema,
        calendarId: ulidSchema,
        start: localTimeSchema,
        end: localTimeSchema,
        breaks: z.array(shiftBreakSchema),
        occurrences: z.array(z.object({ date: localDateSchema, shiftId: ulidSchema })),
      }),
    ),
  })
  .meta({ id: 'RepeatShiftsResult' });

export const shiftUpdateResultSchema = z
  .object({
    scope: z.enum(SHIFT_EDIT_SCOPES),
    count: z.number().int(),
    items: z.array(shiftSchema).meta({ description: 'The shifts changed, in date order, the one addressed first.' }),
  })
  .meta({ id: 'ShiftUpdateResult' });

export type ShiftBreakInput = z.infer<typeof shiftBreakSchema>;
export type Shift = z.infer<typeof shiftSchema>;
export type CreateShift = z.infer<typeof createShiftSchema>;
export type RepeatShifts = z.infer<typeof repeatShiftsSchema>;
export type UpdateShift = z.infer<typeof updateShiftSchema>;
export type ShiftScopeQuery = z.infer<typeof shiftScopeQuerySchema>;
export type ShiftListQuery = z.infer<typeof shiftListQuerySchema>;
export type ShiftWeekQuery = z.infer<typeof shiftWeekQuerySchema>;
export type ShiftList = z.infer<typeof shiftListSchema>;
export type ShiftWeek = z.infer<typeof shiftWeekSchema>;
export type RepeatShiftsResult = z.infer<typeof repeatShiftsResultSchema>;
export type ShiftUpdateResult = z.infer<typeof shiftUpdateResultSchema>;
/** What the availability engine reads of a shift: wall-clock values on a local date. */
export type ShiftDay = Pick<Shift, 'shiftId' | 'date' | 'start' | 'end' | 'breaks'>;
