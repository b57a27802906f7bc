import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createShiftSchema, MAX_SHIFT_BREAKS, shiftTimeIssues, sortBreaks } from '../../src';

const shift = (start: string, end: string, breaks: { start: string; end: string }[] = []) => ({ start, end, breaks });
const paths = (times: ReturnType<typeof shift>) => shiftTimeIssues(times).map((issue) => issue.path.join('.'));

describe('shift time rules', () => {
  it.each([
    ['a plain day', shift('09:00', '17:00')],
    ['a shift to midnight', shift('16:00', '24:00')],
    ['a shift from midnight', shift('00:00', '06:00')],
    ['breaks inside, touching each other and the shift edges', shift('09:00', '17:00', [{ start: '09:00', end: '09:15' }, { start: '12:00', end: '12:30' }, { start: '12:30', end: '13:00' }, { start: '16:45', end: '17:00' }])],
    ['five breaks', shift('08:00', '18:00', ['09', '10', '11', '12', '13'].map((hour) => ({ start: `${hour}:00`, end: `${hour}:10` })))],
  ])('accepts %s', (_name, times) => {
    expect(shiftTimeIssues(times)).toEqual([]);
  });

  it.each([
    ['ending before it starts', shift('17:00', '09:00'), ['end']],
    ['ending when it starts', shift('09:00', '09:00'), ['end']],
    ['a break before the shift', shift('09:00', '17:00', [{ start: '08:30', end: '09:30' }]), ['breaks.0.start']],
    ['a break after the shift', shift('09:00', '17:00', [{ start: '12:00', end: '13:00' }, { start: '16:30', end: '17:30' }]), ['breaks.1.end']],
    ['a break ending before it starts', shift('09:00', '17:00', [{ start: '13:00', end: '12:00' }]), ['breaks.0.end']],
    ['overlapping breaks, named at the later one', shift('09:00', '17:00', [{ start: '12:30', end: '13:30' }, { start: '15:00', end: '15:15' }, { start: '12:00', end: '13:00' }]), ['breaks.0.start']],
    ['a break inside another', shift('09:00', '17:00', [{ start: '12:00', end: '14:00' }, { start: '12:30', end: '13:00' }]), ['breaks.1.start']],
    ['six breaks', shift('08:00', '18:00', ['09', '10', '11', '12', '13', '14'].map((hour) => ({ start: `${hour}:00`, end: `${hour}:10` }))), ['breaks']],
  ])('rejects %s, naming the field', (_name, times, expected) => {
    expect(paths(times)).toEqual(expected);
  });

  it('agrees with a brute-force check over minutes for any breaks', () => {
    const minute = fc.integer({ min: 0, max: 24 * 60 });
    const time = minute.map((value) => `${String(Math.floor(value / 60)).padStart(2, '0')}:${String(value % 60).padStart(2, '0')}`);
    const pause = fc.record({ start: time, end: time });
    fc.assert(
      fc.property(time, time, fc.array(pause, { maxLength: MAX_SHIFT_BREAKS }), (start, end, breaks) => {
        const covered = new Map<number, number>();
        let valid = start < end;
        for (const one of breaks) {
          if (!(one.start < one.end && one.start >= start && one.end <= end)) valid = false;
          const [from, to] = [one.start, one.end].map((value) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3))) as [number, number];
          for (let at = from; at < to; at++) covered.set(at, (covered.get(at) ?? 0) + 1);
        }
        if ([...covered.values()].some((count) => count > 1)) valid = false;
        expect(shiftTimeIssues({ start, end, breaks }).length === 0).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it('stores breaks in the order they happen', () => {
    expect(sortBreaks([{ start: '15:00', end: '15:15' }, { start: '12:00', end: '13:00', label: 'Lunch' }])).toEqual([
      { start: '12:00', end: '13:00', label: 'Lunch' },
      { start: '15:00', end: '15:15' },
    ]);
  });
});

describe('the create-shift schema', () => {
  const valid = { calendarId: '01JDCA0000000000000000000A', date: '2027-03-01', start: '09:00', end: '17:00' };

  it('fills breaks with none', () => {
    expect(createShiftSchema.parse(valid).breaks).toEqual([]);
  });

  it('reports a rule broken inside a break at its path', () => {
    const result = createShiftSchema.safeParse({ ...valid, breaks: [{ start: '12:00', end: '13:00' }, { start: '15:00', end: '15:30' }, { start: '16:30', end: '17:15' }] });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['breaks', 2, 'end']]);
  });

  it('rejects more than five breaks at the list, unknown fields, and bad times', () => {
    const six = Array.from({ length: 6 }, (_, index) => ({ start: `1${index}:00`, end: `1${index}:10` }));
    expect(createShiftSchema.safeParse({ ...valid, breaks: six }).error?.issues[0]?.path).toEqual(['breaks']);
    expect(createShiftSchema.safeParse({ ...valid, colour: 'red' }).error?.issues[0]?.code).toBe('unrecognized_keys');
    expect(createShiftSchema.safeParse({ ...valid, start: '9:00' }).error?.issues[0]?.path).toEqual(['start']);
    expect(createShiftSchema.safeParse({ ...valid, end: '24:30' }).error?.issues[0]?.path).toEqual(['end']);
    expect(createShiftSchema.safeParse({ ...valid, date: '2027-02-30' }).error?.issues[0]?.path).toEqual(['date']);
  });
});
