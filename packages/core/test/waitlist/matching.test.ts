import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { fitsEntry, freedByAppointment, freedByBlock, freedByShift, matchOpening, type MatchableEntry, offerId, openingId, planOfferRound, takenByAppointment } from '../../src/index';

const ZONE = 'America/Toronto';
const local = (date: string, time: string) => Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(ZONE).toInstant().toString();
const at = (iso: string) => new Date(iso).toISOString();
// 2027-03-09 is a Tuesday (ISO weekday 2); 2027-03-14 is the spring-forward Sunday in Toronto.
const entry = (overrides: Partial<MatchableEntry> = {}): MatchableEntry => ({
  entryId: 'E1',
  clientId: 'C1',
  sessionId: 'S30',
  calendarIds: [],
  windows: [{ days: [2], start: '09:00', end: '12:00' }],
  priority: 3,
  createdAt: '2027-01-01T00:00:00.000Z',
  status: 'active',
  ...overrides,
});
const context = { timeZone: ZONE, durationOf: (sessionId: string) => (sessionId === 'S30' ? 30 : sessionId === 'S60' ? 60 : undefined), notBefore: '2027-01-01T00:00:00.000Z' };

describe('matching an opening to waitlist entries (A9)', () => {
  it('offers the earliest start inside a window, even when the opening begins before it', () => {
    const opening = { calendarId: 'K', start: local('2027-03-09', '08:00'), end: local('2027-03-09', '13:00') };
    expect(matchOpening(opening, [entry()], context).map((match) => match.start)).toEqual([at(local('2027-03-09', '09:00'))]);
  });

  it('leaves out entries whose windows, dates, calendars, session or status do not fit', () => {
    const opening = { calendarId: 'K', start: local('2027-03-09', '11:45'), end: local('2027-03-09', '12:30') };
    const entries = [
      entry({ entryId: 'late' }), // 11:45 + 30 min ends after the window
      entry({ entryId: 'wednesday', windows: [{ days: [3], start: '00:00', end: '24:00' }] }),
      entry({ entryId: 'dates', windows: [], earliestDate: '2027-03-10' }),
      entry({ entryId: 'calendar', windows: [], calendarIds: ['other'] }),
      entry({ entryId: 'session', windows: [], sessionId: 'unknown' }),
      entry({ entryId: 'paused', windows: [], status: 'paused' }),
      entry({ entryId: 'long', windows: [], sessionId: 'S60' }),
      entry({ entryId: 'fits', windows: [], calendarIds: ['K'] }),
    ];
    expect(matchOpening(opening, entries, context).map((match) => match.entryId)).toEqual(['fits']);
  });

  it('orders by priority, then by who waited longest', () => {
    const opening = { calendarId: 'K', start: local('2027-03-09', '09:00'), end: local('2027-03-09', '10:00') };
    const entries = [
      entry({ entryId: 'B', priority: 3, createdAt: '2027-01-02T00:00:00.000Z' }),
      entry({ entryId: 'A', priority: 3, createdAt: '2027-01-01T00:00:00.000Z' }),
      entry({ entryId: 'U', priority: 1, createdAt: '2027-02-01T00:00:00.000Z' }),
    ];
    expect(matchOpening(opening, entries, context).map((match) => match.entryId)).toEqual(['U', 'A', 'B']);
  });

  it('reads windows in local time across a DST change', () => {
    const sunday = { days: [7], start: '09:00', end: '10:00' };
    expect(fitsEntry({ windows: [sunday] }, Date.parse(local('2027-03-14', '09:00')), 30, ZONE)).toBe(true);
    expect(fitsEntry({ windows: [sunday] }, Date.parse(local('2027-03-14', '09:00')) - 3_600_000, 30, ZONE)).toBe(false);
    expect(fitsEntry({ windows: [{ days: [2], start: '23:00', end: '24:00' }] }, Date.parse(local('2027-03-09', '23:30')), 30, ZONE)).toBe(true);
  });

  it('does not offer starts before notBefore', () => {
    const opening = { calendarId: 'K', start: local('2027-03-09', '09:00'), end: local('2027-03-09', '10:00') };
    expect(matchOpening(opening, [entry({ windows: [] })], { ...context, notBefore: local('2027-03-09', '09:20') }).map((match) => match.start)).toEqual([at(local('2027-03-09', '09:20'))]);
  });
});

describe('openings from changes', () => {
  const visit = { calendarId: 'K', start: local('2027-03-09', '10:00'), end: local('2027-03-09', '11:00'), status: 'booked' as const };
  it('frees a canceled, missed or moved visit, and the part a shortened one gives back', () => {
    expect(freedByAppointment(visit, { ...visit, status: 'canceled' })).toEqual([{ calendarId: 'K', start: at(visit.start), end: at(visit.end) }]);
    expect(freedByAppointment(visit, { ...visit, status: 'no_show' })).toHaveLength(1);
    expect(freedByAppointment(visit, { ...visit, calendarId: 'L' })).toHaveLength(1);
    expect(freedByAppointment(visit, { ...visit, end: local('2027-03-09', '10:30') })).toEqual([{ calendarId: 'K', start: at(local('2027-03-09', '10:30')), end: at(visit.end) }]);
    expect(freedByAppointment(visit, { ...visit, status: 'confirmed' })).toEqual([]);
    expect(freedByAppointment(undefined, visit)).toEqual([]);
  });
  it('takes time when a visit is booked or a no-show is rolled back', () => {
    expect(takenByAppointment(undefined, visit)).toHaveLength(1);
    expect(takenByAppointment({ ...visit, status: 'no_show' }, visit)).toHaveLength(1);
    expect(takenByAppointment(visit, { ...visit, status: 'arrived' })).toEqual([]);
  });
  it('frees what a new or longer shift adds, and a removed block', () => {
    const shift = { calendarId: 'K', date: '2027-03-09', start: '09:00', end: '12:00', breaks: [] };
    expect(freedByShift(undefined, shift, ZONE)).toEqual([{ calendarId: 'K', start: at(local('2027-03-09', '09:00')), end: at(local('2027-03-09', '12:00')) }]);
    expect(freedByShift(shift, { ...shift, end: '13:00' }, ZONE)).toEqual([{ calendarId: 'K', start: at(local('2027-03-09', '12:00')), end: at(local('2027-03-09', '13:00')) }]);
    expect(freedByShift(shift, { ...shift, end: '11:00' }, ZONE)).toEqual([]);
    const block = { calendarId: 'K', start: visit.start, end: visit.end };
    expect(freedByBlock(block, undefined)).toHaveLength(1);
    expect(freedByBlock(undefined, block)).toEqual([]);
  });
  it('names an opening and its offers from the change, so a redelivered record finds them', () => {
    const span = { calendarId: 'K', start: visit.start, end: visit.end };
    const source = { itemId: '01JZ0000000000000000000000', version: 3 };
    expect(openingId(span, source)).toBe(openingId(span, source));
    expect(openingId(span, { ...source, version: 4 })).not.toBe(openingId(span, source));
    expect(offerId(openingId(span, source), 'E1')).not.toBe(offerId(openingId(span, source), 'E2'));
  });
});

describe('offer rounds', () => {
  const match = (entryId: string) => ({ entryId, clientId: entryId, sessionId: 'S30', priority: 3, start: '2027-03-09T15:00:00.000Z', end: '2027-03-09T15:30:00.000Z' });
  const matches = ['A', 'B', 'C', 'D'].map(match);
  const now = '2027-03-01T00:00:00.000Z';
  it('fills the batch in order, never asking anyone twice', () => {
    expect(planOfferRound({ openingStatus: 'open', matches, offers: [], batchSize: 2, now }).map((m) => m.entryId)).toEqual(['A', 'B']);
    const offers = [
      { entryId: 'A', status: 'expired' as const, expiresAt: now },
      { entryId: 'B', status: 'offered' as const, expiresAt: '2027-03-01T02:00:00.000Z' },
    ];
    expect(planOfferRound({ openingStatus: 'open', matches, offers, batchSize: 2, now }).map((m) => m.entryId)).toEqual(['C']);
  });
  it('offers nothing once the opening is filled or withdrawn', () => {
    expect(planOfferRound({ openingStatus: 'filled', matches, offers: [], batchSize: 2, now })).toEqual([]);
    expect(planOfferRound({ openingStatus: 'withdrawn', matches, offers: [], batchSize: 2, now })).toEqual([]);
  });
});
