import { describe, expect, it } from 'vitest';
import { AvailabilityInputError, explainStart, findOpenings, type AvailabilityRequest, type CalendarAvailabilityInput } from '../../src/availability';
import { calendar, request, shift } from './factories';

const good = calendar({ shifts: [shift('2026-05-04', '09:00', '17:00', [{ start: '12:00', end: '13:00' }])] });

const BAD_CALENDARS: [string, Partial<CalendarAvailabilityInput>, string][] = [
  ['an instant that does not exist', { busy: [{ appointmentId: 'a', start: '2026-02-30T10:00:00Z', end: '2026-03-01T11:00:00Z' }] }, 'calendars[0].busy[0].start'],
  ['a date-only instant', { blocks: [{ blockId: 'b', kind: 'holiday', start: '2026-05-04', end: '2026-05-05' }] }, 'calendars[0].blocks[0].start'],
  ['an appointment ending before it starts', { busy: [{ appointmentId: 'a', start: '2026-05-04T15:00:00Z', end: '2026-05-04T14:00:00Z' }] }, 'calendars[0].busy[0]'],
  ['a break outside its shift', { shifts: [shift('2026-05-04', '09:00', '12:00', [{ start: '12:00', end: '13:00' }])] }, 'calendars[0].shifts[0].breaks[0]'],
  ['a shift ending before it starts', { shifts: [shift('2026-05-04', '17:00', '09:00')] }, 'calendars[0].shifts[0]'],
  ['a date that does not exist, far from the window', { shifts: [shift('2031-02-29', '09:00', '17:00')] }, 'calendars[0].shifts[0].date'],
  ['a time that is not HH:MM', { shifts: [shift('2026-05-04', '9:00', '17:00')] }, 'calendars[0].shifts[0]'],
  ['an unknown zone', { timeZone: 'Mars/Olympus_Mons' }, 'calendars[0].timeZone'],
  ['a negative lead time', { guardrails: { ...good.guardrails, leadTimeMinutes: -5 } }, 'calendars[0].guardrails.leadTimeMinutes'],
  ['shifts that are not a list', { shifts: undefined as never }, 'calendars[0].shifts'],
];

const BAD_REQUESTS: [string, Partial<AvailabilityRequest>, string][] = [
  ['a window ending before it starts', { from: '2026-05-05T00:00:00Z', to: '2026-05-04T00:00:00Z' }, 'request.to'],
  ['a zero-minute slot', { slotMinutes: 0 }, 'request.slotMinutes'],
  ['a fractional limit', { limit: 2.5 }, 'request.limit'],
  ['a zero-minute session', { session: { sessionId: 's', disciplineId: 'physio', durationMinutes: 0, onlineBookable: true } }, 'request.session.durationMinutes'],
  ['an unknown mode', { mode: 'kiosk' as never }, 'request.mode'],
  ['a malformed now', { now: 'yesterday' }, 'request.now'],
];

describe('malformed input fails loudly, naming where', () => {
  it.each(BAD_CALENDARS)('%s', (_, overrides, path) => {
    expect(() => findOpenings([good, { ...good, ...overrides }], request())).toThrow(AvailabilityInputError);
    expect(() => findOpenings([good, { ...good, ...overrides }], request())).toThrow(expect.objectContaining({ path: path.replace('calendars[0]', 'calendars[1]') }));
  });

  it.each(BAD_REQUESTS)('%s', (_, overrides, path) => {
    expect(() => findOpenings([good], request(overrides))).toThrow(expect.objectContaining({ name: 'AvailabilityInputError', path }));
  });

  it('checks the instant explained', () => {
    expect(() => explainStart(good, request(), '2026-05-04 10:00')).toThrow(expect.objectContaining({ path: 'at' }));
  });

  it('accepts offsets and fractions in instants', () => {
    const withOffset = { ...good, busy: [{ appointmentId: 'a', start: '2026-05-04T10:00:00.000-04:00', end: '2026-05-04T11:00:00.123456-04:00' }] };

    expect(() => findOpenings([withOffset], request())).not.toThrow();
  });
});
