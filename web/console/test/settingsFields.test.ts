import { describe, expect, it } from 'vitest';
import { addressValues, formatAddress, splitAddress } from '../src/settings/locationFields';
import { shiftBody, shiftForm, shiftScopes } from '../src/settings/shiftEdits';
import { timeZoneOptions } from '../src/settings/timeZones';
import { displayInstant, displayLocalTime, displayTime, localeOfCountry, setDisplayLocale, shortDate } from '../src/lib/zonedTime';

describe('location address fields', () => {
  it('splits the address out of the form and leaves it out when no street or city is given', () => {
    expect(splitAddress({ name: 'Downtown', 'address.line1': '100 Queen St', 'address.city': 'Toronto', 'address.region': 'ON', 'address.line2': '', 'address.postalCode': 'M5H 2N2', 'address.country': 'ca' })).toEqual({
      rest: { name: 'Downtown' },
      address: { line1: '100 Queen St', city: 'Toronto', region: 'ON', postalCode: 'M5H 2N2', country: 'CA' },
    });
    expect(splitAddress({ name: 'X', ...addressValues(undefined) })).toEqual({ rest: { name: 'X' } });
    expect(formatAddress({ line1: '100 Queen St', city: 'Toronto', country: 'CA', region: 'ON' })).toBe('100 Queen St, Toronto, ON');
  });

  it('offers the zones, keeping the current one', () => {
    const options = timeZoneOptions('Mars/Olympus', ['America/Toronto', 'America/St_Johns']);
    expect(options.map((option) => option.value)).toEqual(['America/St_Johns', 'America/Toronto', 'Mars/Olympus']);
    expect(options[0]!.label).toBe('America/St Johns');
  });
});

describe('one time format', () => {
  it("follows the clinic's locale: 12-hour in Canada and the US, 24-hour in France", () => {
    setDisplayLocale(localeOfCountry('CA'));
    expect([displayTime(13 * 60 + 5), displayLocalTime('09:30')]).toEqual(['1:05 PM', '9:30 AM']);
    expect(displayInstant('2026-12-01T14:00:00Z', 'America/Toronto')).toMatch(/Dec.* 1, 9:00 AM$/);
    setDisplayLocale(localeOfCountry('FR'));
    expect([displayTime(13 * 60 + 5), displayLocalTime('09:30')]).toEqual(['13:05', '09:30']);
    setDisplayLocale('en-US');
    expect(shortDate('2026-12-07')).toBe('Mon, Dec 7');
  });
});

describe('shift edits', () => {
  const shift = { shiftId: 's', clinicId: 'c', calendarId: 'k', locationId: 'l', date: '2026-12-07', start: '09:00', end: '17:00', breaks: [{ start: '12:00', end: '13:00' }], version: 1, createdAt: '', updatedAt: '', createdBy: '', updatedBy: '' };

  it('offers "this and following" only for a shift of a repeat', () => {
    expect(shiftScopes(shift).map((scope) => scope.value)).toEqual(['one']);
    expect(shiftScopes({ ...shift, seriesId: '01JSERIES00000000000000000' }).map((scope) => scope.value)).toEqual(['one', 'following']);
  });

  it('sends the times and the complete breaks', () => {
    const form = shiftForm(shift);
    form.end = '18:00';
    form.breaks.push({ start: '15:00', end: '', label: '' }, { start: '16:00', end: '16:15', label: ' Coffee ' });
    expect(shiftBody(form)).toEqual({ start: '09:00', end: '18:00', breaks: [{ start: '12:00', end: '13:00' }, { start: '16:00', end: '16:15', label: 'Coffee' }] });
  });
});
