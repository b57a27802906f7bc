import { describe, expect, it } from 'vitest';
import {
  clientSearchQuerySchema,
  clientSortName,
  createClientSchema,
  createLocationSchema,
  isIanaTimeZone,
  normalizePhone,
  shiftListQuerySchema,
  updateCaseSchema,
  updateClientSchema,
  updateClinicSchema,
  updateDisciplineSchema,
  updateLocationSchema,
  updateMemberSchema,
} from '../src';

describe('time zones', () => {
  it.each(['America/Toronto', 'Asia/Kolkata', 'Australia/Adelaide', 'UTC'])('accepts %s', (zone) => {
    expect(isIanaTimeZone(zone)).toBe(true);
  });
  it.each(['EST5EDT-ish', '+05:30', 'Mars/Olympus', '', 'America/Toronto; drop'])('rejects %s', (zone) => {
    expect(isIanaTimeZone(zone)).toBe(false);
  });
  it('is what a location needs', () => {
    const result = createLocationSchema.safeParse({ name: 'X', timeZone: 'Nowhere/Place' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['timeZone']);
  });
});

describe('client schemas', () => {
  it('rejects unknown fields', () => {
    const result = createClientSchema.safeParse({ firstName: 'A', lastName: 'B', shoeSize: 9 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('fills defaults for preferences and consent', () => {
    const client = createClientSchema.parse({ firstName: 'A', lastName: 'B' });
    expect(client.communication.reminders).toBe(true);
    expect(client.consent.treatment).toBe(false);
  });

  it('searches by one key at a time', () => {
    expect(clientSearchQuerySchema.safeParse({ name: 'sm', email: 'a@b.c' }).success).toBe(false);
    expect(clientSearchQuerySchema.parse({ name: 'sm' }).limit).toBe(25);
    expect(clientSearchQuerySchema.safeParse({ limit: '101' }).success).toBe(false);
  });

  it('normalizes search keys', () => {
    expect(clientSortName('Chloé', "O'Brien-Tremblay")).toBe('o brien tremblay chloe');
    expect(normalizePhone('+1 (416) 555-0101')).toBe('14165550101');
  });
});

describe('case schemas', () => {
  it('refuses an empty patch', () => {
    expect(updateCaseSchema.safeParse({}).success).toBe(false);
  });
});

describe('patch schemas', () => {
  it.each([
    ['client', updateClientSchema, { email: 'a@b.co' }],
    ['case', updateCaseSchema, { title: 'New title' }],
    ['member', updateMemberSchema, { title: 'Lead' }],
    ['location', updateLocationSchema, { name: 'Main' }],
    ['discipline', updateDisciplineSchema, { name: 'Physio' }],
    ['clinic', updateClinicSchema, { name: 'Clinic' }],
  ] as const)('a %s patch keeps only the fields sent (no defaults filled in)', (_name, schema, patch) => {
    expect(schema.parse(patch)).toEqual(patch);
  });
});

describe('shift list query', () => {
  const calendarId = '01ARZ3NDEKTSV4RRFFQ69G5FAV';
  it.each([
    ['an instant', { from: '2026-12-04T00:00:00Z', to: '2026-12-05' }, 'from'],
    ['an empty date', { from: '2026-12-04', to: '' }, 'to'],
    ['a repeated date', { from: ['2026-12-04', '2026-12-05'], to: '2026-12-05' }, 'from'],
  ])('refuses %s as a field problem instead of throwing', (_case, range, field) => {
    const result = shiftListQuerySchema.safeParse({ calendarId, ...range });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toContain(field);
  });
});

describe('contact field types', () => {
  it.each(['+1 416 555 0100', '(416) 555-7788', '416.555.7788', '+44 20 7946 0958', '7739018842'])('accepts the phone %s', (phone) => {
    expect(updateClinicSchema.safeParse({ phone }).success).toBe(true);
  });
  it.each(['2026-02-30', '2026-12-04', '30/02/2026', '1', '12345', 'call me', '+1 416 555 0100 ext 3', '++1 416', '1234567890123456', '416--555'])(
    'refuses the phone %s',
    (phone) => {
      const result = updateClinicSchema.safeParse({ phone });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['phone']);
    },
  );
  it('names a date given as a phone for what it is', () => {
    expect(updateClinicSchema.safeParse({ phone: '2026-02-30' }).error?.issues[0]?.message).toBe('This is a date, not a phone number.');
  });
  it.each(['CAD', 'EUR', 'JPY'])('accepts the currency %s', (currency) => {
    expect(updateClinicSchema.safeParse({ currency }).success).toBe(true);
  });
  it.each(['ABC', 'cad', 'CA', 'XYZ', ''])('refuses the currency %s', (currency) => {
    expect(updateClinicSchema.safeParse({ currency }).success).toBe(false);
  });
  it.each(['not-an-email', 'a@', '@example.com'])('refuses the email %s', (contactEmail) => {
    expect(updateClinicSchema.safeParse({ contactEmail }).success).toBe(false);
  });
  it('refuses a time zone that is an offset', () => {
    expect(updateClinicSchema.safeParse({ defaultTimeZone: '+05:30' }).success).toBe(false);
  });
});
