import { describe, expect, it } from 'vitest';
import { applyShiftPatch, occurrencesInScope, shiftListQuerySchema, shiftScopeQuerySchema, updateShiftSchema, ValidationError } from '../../src';

const lunch = { start: '12:00', end: '13:00', label: 'Lunch' };
interface Occurrence {
  shiftId: string;
  date: string;
  seriesId?: string | undefined;
  start: string;
  end: string;
  breaks: { start: string; end: string; label?: string }[];
}

const occurrence = (date: string, shiftId = `shift-${date}`, seriesId: string | undefined = 'series-1'): Occurrence => ({
  shiftId,
  date,
  seriesId,
  start: '09:00',
  end: '17:00',
  breaks: [lunch],
});

function validationIssues(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.details.issues;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('series scope', () => {
  const series = ['2027-03-01', '2027-03-08', '2027-03-15', '2027-03-22'].map((date) => occurrence(date));

  it('one: only the shift addressed', () => {
    expect(occurrencesInScope(series[1]!, series, 'one').map((shift) => shift.date)).toEqual(['2027-03-08']);
  });

  it('following: the shift and the later occurrences of its series, in date order', () => {
    const shuffled = [series[3]!, series[0]!, series[2]!, series[1]!, occurrence('2027-03-29', 'other', 'series-2')];
    expect(occurrencesInScope(series[1]!, shuffled, 'following').map((shift) => shift.date)).toEqual(['2027-03-08', '2027-03-15', '2027-03-22']);
  });

  it('following on a shift without a series is just that shift', () => {
    const single = { ...occurrence('2027-03-08', 'single'), seriesId: undefined };
    expect(occurrencesInScope(single, series, 'following')).toEqual([single]);
  });
});

describe('applying a patch', () => {
  it('replaces only the fields sent, on each shift, keeping their own other values', () => {
    const late = { ...occurrence('2027-03-15'), end: '19:00' };
    const next = applyShiftPatch([occurrence('2027-03-08'), late], { start: '08:00' });
    expect(next.map((shift) => [shift.start, shift.end])).toEqual([['08:00', '17:00'], ['08:00', '19:00']]);
    expect(next[1]!.breaks).toEqual([lunch]);
  });

  it('sorts new breaks and drops them all with an empty list', () => {
    const [sorted] = applyShiftPatch([occurrence('2027-03-08')], { breaks: [{ start: '15:00', end: '15:15' }, lunch] });
    expect(sorted!.breaks.map((pause) => pause.start)).toEqual(['12:00', '15:00']);
    expect(applyShiftPatch([occurrence('2027-03-08')], { breaks: [] })[0]!.breaks).toEqual([]);
  });

  it('blames the time sent when a stored break would fall outside', () => {
    expect(validationIssues(() => applyShiftPatch([occurrence('2027-03-08')], { end: '12:30' }))).toEqual([
      { path: 'end', message: 'The shift would end before its break 12:00-13:00; send breaks as well.' },
    ]);
    expect(validationIssues(() => applyShiftPatch([occurrence('2027-03-08')], { start: '12:30' }))?.[0]?.path).toBe('start');
  });

  it('names the field and the dates when some occurrences of a series would break a rule', () => {
    const shifts = [occurrence('2027-03-08'), { ...occurrence('2027-03-15'), end: '10:00', breaks: [] }, { ...occurrence('2027-03-22'), end: '10:00', breaks: [] }];
    expect(validationIssues(() => applyShiftPatch(shifts, { start: '11:00', breaks: [] }))).toEqual([
      { path: 'end', message: 'The shift must end after it starts. (on 2027-03-15, 2027-03-22)' },
    ]);
  });

  it('names a new break at its own path', () => {
    expect(validationIssues(() => applyShiftPatch([occurrence('2027-03-08')], { breaks: [lunch, { start: '16:30', end: '17:30' }] }))?.[0]?.path).toBe('breaks.1.end');
  });
});

describe('request schemas', () => {
  it('a PATCH fills no defaults and needs a field', () => {
    expect(updateShiftSchema.parse({ start: '08:00' })).toEqual({ start: '08:00' });
    expect(updateShiftSchema.safeParse({}).success).toBe(false);
    expect(updateShiftSchema.safeParse({ start: '18:00', end: '09:00' }).error?.issues[0]?.path).toEqual(['end']);
    expect(updateShiftSchema.safeParse({ breaks: [lunch, { start: '12:30', end: '12:45' }] }).error?.issues[0]?.path).toEqual(['breaks', 1, 'start']);
    expect(updateShiftSchema.safeParse({ date: '2027-03-01' }).success).toBe(false);
  });

  it('the scope defaults to one', () => {
    expect(shiftScopeQuerySchema.parse({})).toEqual({ scope: 'one' });
    expect(shiftScopeQuerySchema.safeParse({ scope: 'all' }).success).toBe(false);
  });

  it('a listing covers at most 62 dates and must not end before it starts', () => {
    const calendarId = '01JDCA0000000000000000000A';
    expect(shiftListQuerySchema.safeParse({ calendarId, from: '2027-03-01', to: '2027-05-01' }).success).toBe(true);
    expect(shiftListQuerySchema.safeParse({ calendarId, from: '2027-03-01', to: '2027-05-02' }).error?.issues[0]?.path).toEqual(['to']);
    expect(shiftListQuerySchema.safeParse({ calendarId, from: '2027-03-02', to: '2027-03-01' }).error?.issues[0]?.path).toEqual(['to']);
  });
});
