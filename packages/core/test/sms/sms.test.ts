import { describe, expect, it } from 'vitest';
import { fitSms, MESSAGE_KINDS, noticeSms, readSmsReply, smsChoice, smsFacts, smsLength, waitlistOfferSms } from '../../src/index';

describe('SMS lengths', () => {
  it.each([
    ['a'.repeat(160), 'GSM-7', 1],
    ['a'.repeat(161), 'GSM-7', 2],
    ['a'.repeat(306), 'GSM-7', 2],
    ['a'.repeat(307), 'GSM-7', 3],
    ['€'.repeat(80), 'GSM-7', 1],
    ['é'.repeat(160), 'GSM-7', 1],
    [`ő${'a'.repeat(69)}`, 'UCS-2', 1],
    [`ő${'a'.repeat(70)}`, 'UCS-2', 2],
  ] as const)('%#: %s', (text, encoding, segments) => {
    expect(smsLength(text)).toMatchObject({ encoding, segments });
  });

  it('cuts a long text to two segments at most, and leaves a short one alone', () => {
    const long = 'Your visit is booked. '.repeat(30);
    const cut = fitSms(long);
    expect(smsLength(cut).segments).toBe(2);
    expect(cut.endsWith('...')).toBe(true);
    expect(long.startsWith(cut.slice(0, -3))).toBe(true);
    expect(fitSms('Short.')).toBe('Short.');
    expect(smsLength(fitSms('ő'.repeat(200))).segments).toBeLessThanOrEqual(2);
  });
});

describe('SMS replies', () => {
  it.each([
    ['C', 'confirm'],
    [' c. ', 'confirm'],
    ['x', 'cancel'],
    ['STOP', 'stop'],
    ['Stop', 'stop'],
    ['unsubscribe', 'stop'],
    ['START', 'start'],
    ['Can I come at 3?', 'other'],
  ] as const)('%j reads as %s', (text, intent) => {
    expect(readSmsReply(text)).toBe(intent);
  });
});

describe('client texts', () => {
  const client = { mobilePhone: '+14165550100', status: 'active', communication: { sms: true, reminders: true }, consent: { electronicCommunication: true } };

  it('texts a client who prefers SMS and consented, at their mobile number', () => {
    expect(smsChoice(client)).toEqual({ phone: '+14165550100' });
    expect(smsChoice({ ...client, communication: { sms: false } })).toBeUndefined();
    expect(smsChoice(undefined)).toBeUndefined();
    expect(smsChoice({ ...client, consent: { electronicCommunication: false } })).toEqual({ skip: 'opted_out' });
    expect(smsChoice({ ...client, status: 'archived' })).toEqual({ skip: 'opted_out' });
    expect(smsChoice({ ...client, communication: { sms: true, reminders: false } }, 'reminder')).toEqual({ skip: 'opted_out' });
    expect(smsChoice({ ...client, communication: { sms: true, reminders: false } }, 'cancellation')).toEqual({ phone: '+14165550100' });
    expect(smsChoice({ ...client, mobilePhone: undefined })).toEqual({ skip: 'no_address' });
  });

  const values = smsFacts({ clientName: 'Ana', clinicName: 'Harbourfront Physiotherapy and Sports Injury Clinic', clinicPhone: '+1 416 555 0100', start: '2026-12-10T19:30:00Z', timeZone: 'America/Toronto' });

  it.each(MESSAGE_KINDS)('words a %s in at most two segments, with the time and the opt-out, nothing clinical', (kind) => {
    const text = noticeSms(kind, values);
    expect(smsLength(text).segments).toBeLessThanOrEqual(2);
    expect(text).toContain(values.time);
    expect(text).toContain('STOP');
  });

  it('keeps a waitlist offer’s link whole, however long the clinic’s name', () => {
    const url = `https://book.example-clinic.com/book/offer#${'A'.repeat(92)}`;
    const until = smsFacts({ clientName: 'Ana', clinicName: 'x', start: '2026-12-10T17:00:00Z', timeZone: 'America/Toronto' });
    for (const clinicName of ['Harbourfront Physio', 'H'.repeat(150)]) {
      const text = waitlistOfferSms({ ...values, clinicName }, until, url);
      expect(text).toContain(url);
      expect(smsLength(text).segments).toBeLessThanOrEqual(2);
    }
  });
});
