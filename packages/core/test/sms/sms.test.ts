import { describe, expect, it } from 'vitest';
import { fitSms, readSmsReply, smsLength } from '../../src/index';

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
