import { describe, expect, it } from 'vitest';
import {
  appointmentSchema,
  copyAppointmentSchema,
  createAppointmentSchema,
  dayViewQuerySchema,
  moveAppointmentSchema,
  repeatConfirmSchema,
  repeatPatternSchema,
  repeatPreviewSchema,
  seriesScopeQuerySchema,
  transitionAppointmentSchema,
} from '../../src';

const id = (letter: string) => `01JDCA000000000000000000${letter}0`;
const pathsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('booking request', () => {
  const valid = { caseId: id('A'), sessionId: id('B'), calendarId: id('C'), start: '2026-03-10T14:00:00Z' };

  it('defaults to staff mode and leaves notify to the clinic', () => {
    expect(createAppointmentSchema.parse(valid)).toEqual({ ...valid, mode: 'staff' });
    expect(createAppointmentSchema.parse({ ...valid, notify: null }).notify).toBeNull();
  });

  it.each([
    ['an unknown field', { clientId: id('D') }, ''],
    ['an online mode', { mode: 'online' }, 'mode'],
    ['a start with an offset', { start: '2026-03-10T09:00:00-05:00' }, 'start'],
    ['three resources', { resourceCalendarIds: [id('D'), id('E'), id('F')] }, 'resourceCalendarIds'],
    ['a resource listed twice', { resourceCalendarIds: [id('D'), id('D')] }, 'resourceCalendarIds.1'],
    ['the main calendar as a resource', { resourceCalendarIds: [id('C')] }, 'resourceCalendarIds.0'],
    ['notes over 2000 characters', { notes: 'x'.repeat(2001) }, 'notes'],
  ])('refuses %s', (_, change, path) => {
    const result = createAppointmentSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(pathsOf(result)).toContain(path);
  });
});

describe('status change request', () => {
  it('takes a cancel with its reason and a plain confirm', () => {
    expect(transitionAppointmentSchema.parse({ status: 'canceled', reason: ' Sick ' })).toEqual({ status: 'canceled', reason: 'Sick' });
    expect(transitionAppointmentSchema.parse({ status: 'confirmed' })).toEqual({ status: 'confirmed' });
  });

  it.each([
    [{ status: 'paid' }, 'status'],
    [{ status: 'rebooked' }, 'status'],
    [{ status: 'canceled' }, 'reason'],
    [{ status: 'canceled', reason: '  ' }, 'reason'],
    [{ status: 'arrived', reason: 'why' }, 'reason'],
    [{ status: 'arrived', by: 'me' }, ''],
  ])('refuses %j on %s', (body, path) => {
    const result = transitionAppointmentSchema.safeParse(body);
    expect(result.success).toBe(false);
    expect(pathsOf(result)).toContain(path);
  });
});

describe.each([
  ['move', moveAppointmentSchema],
  ['copy', copyAppointmentSchema],
])('%s request', (_, schema) => {
  it('needs only a start, and keeps calendars unique', () => {
    expect(schema.parse({ start: '2026-03-10T14:00:00Z' })).toEqual({ start: '2026-03-10T14:00:00Z' });
    expect(schema.safeParse({ start: '2026-03-10T14:00:00Z', calendarId: id('C'), resourceCalendarIds: [id('C')] }).success).toBe(false);
    expect(schema.safeParse({ start: '2026-03-10T14:00:00Z', status: 'booked' }).success).toBe(false);
  });
});

describe('repeat requests', () => {
  it('defaults to every week', () => {
    expect(repeatPatternSchema.parse({ weekdays: ['MO'], count: 4 })).toEqual({ weekdays: ['MO'], intervalWeeks: 1, count: 4 });
  });

  it.each([
    ['count and until together', { weekdays: ['MO'], count: 4, until: '2026-05-01' }, 'until'],
    ['neither count nor until', { weekdays: ['MO'] }, 'count'],
    ['no weekday', { weekdays: [], count: 4 }, 'weekdays'],
    ['a weekday twice', { weekdays: ['MO', 'TU', 'MO'], count: 4 }, 'weekdays.2'],
    ['a weekday number', { weekdays: [1], count: 4 }, 'weekdays.0'],
    ['every 9 weeks', { weekdays: ['MO'], intervalWeeks: 9, count: 4 }, 'intervalWeeks'],
    ['53 occurrences', { weekdays: ['MO'], count: 53 }, 'count'],
    ['an until that is not a date', { weekdays: ['MO'], until: '2026-02-30' }, 'until'],
    ['an unknown field', { weekdays: ['MO'], count: 4, startDate: '2026-01-01' }, ''],
  ])('refuses %s', (_, pattern, path) => {
    const result = repeatPreviewSchema.safeParse({ pattern });
    expect(result.success).toBe(false);
    expect(pathsOf(result)).toContain(path ? `pattern.${path}` : 'pattern');
  });

  it('confirms chosen dates, each once', () => {
    const pattern = { weekdays: ['MO'], count: 4 };
    expect(repeatConfirmSchema.safeParse({ pattern, dates: ['2026-01-05', '2026-01-12'] }).success).toBe(true);
    expect(pathsOf(repeatConfirmSchema.safeParse({ pattern, dates: ['2026-01-05', '2026-01-05'] }))).toEqual(['dates.1']);
    expect(pathsOf(repeatConfirmSchema.safeParse({ pattern, dates: [] }))).toEqual(['dates']);
  });

  it("scopes a series edit to 'one' by default", () => {
    expect(seriesScopeQuerySchema.parse({})).toEqual({ scope: 'one' });
    expect(seriesScopeQuerySchema.safeParse({ scope: 'all' }).success).toBe(false);
  });
});

describe('day view query', () => {
  const base = { locationId: id('N'), date: '2026-03-08' };

  it('hides canceled and rebooked by default', () => {
    expect(dayViewQuerySchema.parse(base)).toEqual({ ...base, statuses: ['booked', 'confirmed', 'arrived', 'paid', 'no_show'] });
  });

  it('splits comma lists', () => {
    expect(dayViewQuerySchema.parse({ ...base, statuses: 'canceled, rebooked', calendarIds: `${id('C')},${id('D')}` })).toMatchObject({
      statuses: ['canceled', 'rebooked'],
      calendarIds: [id('C'), id('D')],
    });
  });

  it.each([
    [{ statuses: 'gone' }, 'statuses.0'],
    [{ statuses: '' }, 'statuses'],
    [{ calendarIds: 'nope' }, 'calendarIds.0'],
    [{ date: '2026-03-08T00:00:00Z' }, 'date'],
    [{ page: '2' }, ''],
  ])('refuses %j', (change, path) => {
    expect(pathsOf(dayViewQuerySchema.safeParse({ ...base, ...change }))).toContain(path);
  });
});

describe('appointment response', () => {
  it('describes a stored canceled appointment of a series', () => {
    const stored = {
      appointmentId: id('A'), clinicId: id('K'), caseId: id('C'), clientId: id('P'), sessionId: id('S'), calendarId: id('R'),
      resourceCalendarIds: [], start: '2026-03-10T14:00:00.000Z', end: '2026-03-10T15:00:00.000Z', status: 'canceled',
      statusChangedAt: '2026-03-09T20:00:00.000Z', cancellation: { reason: 'Sick', late: true }, seriesId: id('T'), mode: 'staff',
      createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-09T20:00:00.000Z', createdBy: 'u1', updatedBy: 'u1',
    };
    expect(appointmentSchema.parse(stored)).toEqual(stored);
  });
});
