import { describe, expect, it } from 'vitest';
import { appointmentsInScope } from '../../src';

const member = (appointmentId: string, start: string, seriesId?: string) => ({ appointmentId, start, ...(seriesId ? { seriesId } : {}) });

describe('series scope', () => {
  const series = [
    member('D', '2026-01-26T15:00:00.000Z', 'S'),
    member('A', '2026-01-05T15:00:00.000Z', 'S'),
    member('C', '2026-01-19T15:00:00.000Z', 'S'),
    member('B', '2026-01-12T15:00:00.000Z', 'S'),
    member('X', '2026-01-20T15:00:00.000Z', 'OTHER'),
  ];
  const anchor = series[3]!;

  it("'one' reaches only the appointment addressed", () => {
    expect(appointmentsInScope(anchor, series, 'one')).toEqual([anchor]);
  });

  it("'following' reaches it and the later ones of its own series, by start", () => {
    expect(appointmentsInScope(anchor, series, 'following').map((one) => one.appointmentId)).toEqual(['B', 'C', 'D']);
  });

  it("treats 'following' like 'one' without a series", () => {
    const alone = member('Z', '2026-01-12T15:00:00.000Z');
    expect(appointmentsInScope(alone, [...series, alone], 'following')).toEqual([alone]);
  });
});
