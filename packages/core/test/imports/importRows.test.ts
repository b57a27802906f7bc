import { describe, expect, it } from 'vitest';
import { guessMapping, importedBillingEpisode, importedInstant, importedVisitTimes, readImportRow, resolveMapping } from '../../src/index';

describe('column mapping', () => {
  it('guesses fields from common header names, loosely, and from Casefile export headers', () => {
    expect(guessMapping('clients', ['Patient ID', 'FIRST NAME', 'last_name', 'D.O.B', 'DOB', 'E-mail', 'Cell Phone'])).toEqual({
      externalId: 'Patient ID',
      firstName: 'FIRST NAME',
      lastName: 'last_name',
      dateOfBirth: 'DOB',
      email: 'E-mail',
      mobilePhone: 'Cell Phone',
    });
    expect(guessMapping('appointments', ['appointmentId', 'caseId', 'calendar', 'session', 'start', 'end', 'status'], 'casefile')).toMatchObject({ externalId: 'appointmentId', caseExternalId: 'caseId', calendar: 'calendar', start: 'start' });
  });

  it('reports unmapped required fields, unknown fields and headers the file does not have', () => {
    const { problems } = resolveMapping('cases', ['Case ID', 'Intake Date'], { mapping: { colour: 'Case ID', title: 'Title' } });
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'colour', message: 'Not a field of cases imports.' },
        { field: 'title', message: 'The file has no column "Title".' },
        { field: 'clientExternalId', message: 'Required: map a column to it.' },
      ]),
    );
  });
});

describe('reading a row', () => {
  const mapping = { externalId: 'ID', firstName: 'First', lastName: 'Last', email: 'Mail', dateOfBirth: 'Born', status: 'State' };

  it('maps and normalises a good row; an empty cell is an absent value', () => {
    const result = readImportRow('clients', mapping, { ID: ' 17 ', First: 'Ada', Last: 'Lovelace', Mail: '', Born: '1815-12-10', State: 'Archived' }, 5);
    expect(result).toEqual({ ok: true, line: 5, row: { externalId: '17', firstName: 'Ada', lastName: 'Lovelace', dateOfBirth: '1815-12-10', status: 'archived' } });
  });

  it('names the line, the column and the field of every problem', () => {
    const result = readImportRow('clients', mapping, { ID: '18', First: 'Alan', Last: '', Mail: 'nope', Born: '1912-13-01' }, 9);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { line: 9, column: 'Last', field: 'lastName', message: 'Required.' },
        expect.objectContaining({ line: 9, column: 'Mail', field: 'email' }),
        expect.objectContaining({ line: 9, column: 'Born', field: 'dateOfBirth' }),
      ]),
    );
  });

  it('asks an appointment for an end or a duration, and reads spelled-out statuses', () => {
    const appointmentMapping = { externalId: 'a', caseExternalId: 'c', calendar: 'p', session: 's', start: 't', status: 'st' };
    const missing = readImportRow('appointments', appointmentMapping, { a: '1', c: '2', p: 'Dr A', s: 'Visit', t: '2025-03-04 09:30', st: 'No Show' }, 2);
    expect(missing).toMatchObject({ ok: false, errors: [{ field: 'end', message: 'Give an end or a duration.' }] });
    const good = readImportRow('appointments', { ...appointmentMapping, durationMinutes: 'd' }, { a: '1', c: '2', p: 'Dr A', s: 'Visit', t: '2025-03-04 09:30', st: 'No Show', d: '45' }, 2);
    expect(good).toMatchObject({ ok: true, row: { status: 'no_show', durationMinutes: 45 } });
  });
});

describe('imported visit times and billing', () => {
  it('reads wall-clock times in the calendar zone, across DST, and instants with an offset as given', () => {
    expect(importedInstant('2025-01-15 09:30', 'America/Toronto')).toBe('2025-01-15T14:30:00Z');
    expect(importedInstant('2025-07-15T09:30', 'America/Toronto')).toBe('2025-07-15T13:30:00Z');
    // 02:30 does not exist on the spring-forward night: it moves forward an hour.
    expect(importedInstant('2025-03-09 02:30', 'America/Toronto')).toBe('2025-03-09T07:30:00Z');
    expect(importedInstant('2025-07-15T09:30:00+02:00', 'America/Toronto')).toBe('2025-07-15T07:30:00Z');
  });

  it('takes an end or a duration and refuses visits shorter than 5 minutes or longer than 8 hours', () => {
    expect(importedVisitTimes({ start: '2025-01-15 09:30', durationMinutes: 45 }, 'UTC')).toEqual({ start: '2025-01-15T09:30:00Z', end: '2025-01-15T10:15:00Z' });
    expect(importedVisitTimes({ start: '2025-01-15 09:30', end: '2025-01-15 09:31' }, 'UTC')).toEqual({ field: 'end', message: 'The visit must last 5 minutes to 8 hours.' });
    expect(importedVisitTimes({ start: '2025-01-15 25:30', durationMinutes: 30 }, 'UTC')).toEqual({ field: 'start', message: 'Not a valid date and time.' });
  });

  it('marks arrivals and fee-bearing no-shows as billed by the old system, and nothing else', () => {
    expect(importedBillingEpisode('arrived', {})).toBe('arrival');
    expect(importedBillingEpisode('paid', {})).toBe('arrival');
    expect(importedBillingEpisode('no_show', { noShowFeeItemId: 'FEE' })).toBe('no_show');
    expect(importedBillingEpisode('no_show', {})).toBeUndefined();
    expect(importedBillingEpisode('booked', { noShowFeeItemId: 'FEE' })).toBeUndefined();
  });
});
