import { describe, expect, it } from 'vitest';
import { explainStart, type CalendarAvailabilityInput, type ExplainRequest, type ReasonCode } from '../../src/availability';
import { calendar, localInstant, session, shift } from './factories';

const zone = 'America/Toronto';
const day = '2026-03-10';
const at = (time: string, date = day) => localInstant(zone, date, time);

// A day at a Toronto clinic: 09:00-17:00 with lunch, a meeting at 14:00, an appointment at 10:00.
const base = calendar({
  timeZone: zone,
  guardrails: { leadTimeMinutes: 120, bufferBeforeMinutes: 15, bufferAfterMinutes: 10, horizonDays: 30, selfCancelWindowHours: 24 },
  shifts: [shift(day, '09:00', '17:00', [{ start: '12:00', end: '13:00' }], 'S1'), shift('2026-04-10', '09:00', '17:00', [], 'S2')],
  blocks: [{ blockId: 'B1', kind: 'meeting', label: 'Team', start: at('14:00'), end: at('15:00') }],
  busy: [{ appointmentId: 'A1', start: at('10:00'), end: at('11:00') }],
});
const onlineRequest: ExplainRequest = { session: session({ durationMinutes: 30 }), now: at('07:00'), mode: 'online' };

interface Case {
  name: string;
  at: string;
  calendar?: Partial<CalendarAvailabilityInput>;
  request?: Partial<ExplainRequest>;
  reasons: { code: ReasonCode; scope: 'all' | 'online'; shiftId?: string; blockId?: string; appointmentId?: string; from?: string; to?: string }[];
}

const CASES: Case[] = [
  { name: 'a free start inside the shift, exactly at the end of the lead time', at: at('09:00'), reasons: [] },
  { name: 'no shift at all', at: at('17:30'), reasons: [{ code: 'outside_shift', scope: 'all' }] },
  { name: 'running past the end of the shift', at: at('16:45'), reasons: [{ code: 'outside_shift', scope: 'all', shiftId: 'S1', from: at('09:00'), to: at('17:00') }] },
  { name: 'in the lunch break', at: at('12:15'), reasons: [{ code: 'in_break', scope: 'all', shiftId: 'S1', from: at('12:00'), to: at('13:00') }] },
  { name: 'running into the lunch break', at: at('11:45'), reasons: [{ code: 'in_break', scope: 'all', shiftId: 'S1', from: at('12:00'), to: at('13:00') }] },
  { name: 'in a block', at: at('14:15'), reasons: [{ code: 'blocked', scope: 'all', blockId: 'B1', from: at('14:00'), to: at('15:00') }] },
  { name: 'over an appointment', at: at('10:15'), reasons: [{ code: 'busy', scope: 'all', appointmentId: 'A1', from: at('10:00'), to: at('11:00') }] },
  { name: 'in the buffer after an appointment (bufferBefore of the new one)', at: at('11:00'), reasons: [{ code: 'buffer', scope: 'online', appointmentId: 'A1', from: at('10:00'), to: at('11:00') }] },
  { name: 'in the buffer before an appointment (bufferAfter of the new one)', at: at('09:30'), reasons: [{ code: 'buffer', scope: 'online', appointmentId: 'A1' }] },
  { name: 'inside the lead time', at: at('09:00'), request: { now: at('07:30') }, reasons: [{ code: 'lead_time', scope: 'online', from: at('07:30'), to: at('09:30') }] },
  { name: 'past the horizon (30 local days)', at: at('09:00', '2026-04-10'), reasons: [{ code: 'horizon', scope: 'online', from: at('07:00', '2026-04-09') }] },
  { name: 'in the past', at: at('09:00'), request: { now: at('13:00') }, reasons: [{ code: 'in_past', scope: 'all', to: at('13:00') }, { code: 'lead_time', scope: 'online', from: at('13:00'), to: at('15:00') }] },
  { name: 'one millisecond before now', at: at('09:00'), request: { now: new Date(Date.parse(at('09:00')) + 1).toISOString() }, reasons: [{ code: 'in_past', scope: 'all' }, { code: 'lead_time', scope: 'online' }] },
  { name: 'exactly now, with no lead time', at: at('09:00'), request: { now: at('09:00') }, calendar: { guardrails: { ...base.guardrails, leadTimeMinutes: 0 } }, reasons: [] },
  { name: 'a discipline the calendar does not accept', at: at('09:00'), request: { session: session({ durationMinutes: 30, disciplineId: 'massage' }) }, reasons: [{ code: 'discipline_mismatch', scope: 'all' }] },
  { name: 'a calendar without online booking', at: at('09:00'), calendar: { onlineBooking: false }, reasons: [{ code: 'calendar_not_online', scope: 'online' }] },
  { name: 'a session that is not online-bookable', at: at('09:00'), request: { session: session({ durationMinutes: 30, onlineBookable: false }) }, reasons: [{ code: 'session_not_online', scope: 'online' }] },
  {
    name: 'several reasons at once',
    at: at('13:45'),
    request: { session: session({ durationMinutes: 240 }) },
    reasons: [
      { code: 'outside_shift', scope: 'all', shiftId: 'S1' },
      { code: 'blocked', scope: 'all', blockId: 'B1' },
    ],
  },
];

describe('explainStart', () => {
  it.each(CASES)('$name', (testCase) => {
    const explanation = explainStart(calendar({ ...base, ...testCase.calendar }), { ...onlineRequest, ...testCase.request }, testCase.at);

    expect(explanation.reasons).toHaveLength(testCase.reasons.length);
    testCase.reasons.forEach((expected, index) => expect(explanation.reasons[index]).toMatchObject(expected));
    for (const reason of explanation.reasons) {
      expect(reason.message.length).toBeGreaterThan(10);
      const refs = ['shiftId', 'blockId', 'appointmentId'] as const;
      for (const ref of refs) if (!(ref in (testCase.reasons.find((r) => r.code === reason.code) ?? {}))) expect(reason[ref]).toBeUndefined();
    }
    const staffBlocked = testCase.reasons.some((reason) => reason.scope === 'all');
    expect(explanation.bookableByStaff).toBe(!staffBlocked);
    expect(explanation.bookable).toBe(testCase.reasons.length === 0);
  });

  it('answers bookable for staff when only online rules refuse', () => {
    const explanation = explainStart(base, { ...onlineRequest, mode: 'staff' }, at('11:00'));

    expect(explanation).toMatchObject({ bookable: true, bookableByStaff: true, at: at('11:00'), end: at('11:30'), calendarId: 'cal-1' });
    expect(explanation.reasons.map((reason) => reason.code)).toEqual(['buffer']);
  });

  it('names the local times in its messages', () => {
    const explanation = explainStart(base, onlineRequest, at('10:15'));

    expect(explanation.reasons[0]!.message).toContain('2026-03-10 10:00 to 2026-03-10 11:00');
  });

  it('finds nothing in the way when another shift holds the session free of breaks', () => {
    const overlapping = calendar({ ...base, shifts: [...base.shifts, shift(day, '12:00', '13:00', [], 'S3')] });

    expect(explainStart(overlapping, onlineRequest, at('12:15')).reasons).toEqual([]);
  });
});
