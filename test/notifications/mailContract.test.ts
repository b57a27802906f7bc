/**
 * The contract every mail Casefile sends keeps (issue 16, "Mail a clinic would send"): the clinic's
 * name, address and phone in both parts; a plain-text part; links shown as link text (the address
 * only in the text part); no raw zone id; no clinical words; accessible HTML (lang, title,
 * role="presentation" tables).
 */
import { describe, expect, it } from 'vitest';
import {
  authorizationAlertMessage,
  clinicSignature,
  DEFAULT_TEMPLATES,
  emailCodeMail,
  messageValues,
  onlineConfirmationMail,
  recallMail,
  renderNotification,
  waitlistOfferMail,
  type RenderedMessage,
} from '@casefile/core';
import { formRequestMail } from '../../functions/src/usecases/forms/formRequestMail';

const downtown = { address: { line1: '12 King St W', city: 'Toronto', region: 'ON', postalCode: 'M5H 1A1', country: 'CA' }, phone: '+1 416 555 0101' };
const signature = clinicSignature({ name: 'Riverside & Co', phone: '+1 416 555 0199' }, downtown);
const facts = { clientName: 'Mae', clinicName: 'Riverside & Co', clinicPhone: '+1 416 555 0101', start: '2026-06-05T14:00:00Z', timeZone: 'America/Toronto', locationName: 'Downtown', providerName: 'Priya Patel' };
const LONG_URL = `https://book.example.test/book/x#${'t'.repeat(300)}`;
const CLINICAL = /diagnos|injur|treatment|therap|symptom|pain|session|discipline|physio|note/i;

const mails: [string, RenderedMessage][] = [
  ['email code', emailCodeMail(signature, '123456', 10)],
  ['online confirmation', onlineConfirmationMail(facts, LONG_URL, { canChange: true, until: '2026-06-04T14:00:00Z', windowHours: 24, contact: { kind: 'phone', value: '+1 416 555 0101' } }, signature)],
  ['waitlist offer', waitlistOfferMail(facts, LONG_URL, '2026-06-05T12:00:00Z', signature)],
  ['recall', recallMail(facts, signature)],
  ['authorization alert', authorizationAlertMessage({ clinicName: 'Riverside & Co', clientName: 'Mae Li', caseLabel: 'C-000042', payerName: 'Mutual', remainingVisits: 2, validTo: '2027-03-31' }, signature)],
  ['form request', formRequestMail({ clientName: 'Mae', formName: 'Intake', url: LONG_URL, expiresAt: '2026-06-10T00:00:00Z' }, signature)],
  ...(['newBooking', 'reschedule', 'cancellation', 'noShow', 'reminder'] as const).flatMap((kind) =>
    (['client', 'provider'] as const).map((audience): [string, RenderedMessage] => [
      `${kind} to ${audience}`,
      renderNotification({ kind, audience, template: DEFAULT_TEMPLATES[kind], values: messageValues({ ...facts, previousStart: '2026-06-04T14:00:00Z' }), signature, manage: { label: 'See or change your booking', url: LONG_URL } }),
    ]),
  ),
];

describe.each(mails)('%s', (_name, mail) => {
  it("is signed with the clinic's name, address and phone in both parts", () => {
    expect(mail.text).toMatch(/--\nRiverside & Co\n12 King St W, Toronto, ON M5H 1A1\n\+1 416 555 0101\n$/);
    expect(mail.html).toContain('<div>Riverside &amp; Co</div><div>12 King St W, Toronto, ON M5H 1A1</div><div>+1 416 555 0101</div>');
  });

  it('has a plain-text part and accessible HTML', () => {
    expect(mail.text.trim().length).toBeGreaterThan(40);
    expect(mail.text).not.toMatch(/<[a-z]/i);
    expect(mail.html).toMatch(/^<!doctype html>\s*<html lang="en"/);
    expect(mail.html).toContain(`<title>${mail.subject.replace(/&/g, '&amp;')}</title>`);
    for (const table of mail.html.match(/<table[^>]*>/g) ?? []) expect(table).toContain('role="presentation"');
    for (const image of mail.html.match(/<img[^>]*>/g) ?? []) expect(image).toMatch(/alt="/);
  });

  it('shows links as words and spells them out only in the text part', () => {
    const links = [...mail.html.matchAll(/<a\s[^>]*>([\s\S]*?)<\/a>/g)];
    for (const [, text] of links) expect(text!.trim()).not.toMatch(/^https?:|\/\//);
    if (mail.html.includes(LONG_URL)) {
      expect(links).toHaveLength(1);
      expect(mail.html.split(LONG_URL)).toHaveLength(2);
      expect(mail.text).toContain(LONG_URL);
    }
  });

  it('shows no zone id and no clinical word', () => {
    for (const part of [mail.subject, mail.text, mail.html]) expect(part).not.toContain('America/');
    expect(`${mail.subject}\n${mail.text}`).not.toMatch(CLINICAL);
  });
});

describe("the clinic's signature", () => {
  const clinic = { name: 'Riverside', phone: '+1 416 555 0199' };
  const uptown = { address: { line1: '1 Bloor St', city: 'Toronto', region: 'ON', postalCode: 'M4W 1A8', country: 'CA' } };
  it.each([
    ['the location, its address and phone', downtown, [], '12 King St W, Toronto, ON M5H 1A1', '+1 416 555 0101'],
    ["the location's address and the clinic's phone", uptown, [downtown], '1 Bloor St, Toronto, ON M4W 1A8', '+1 416 555 0199'],
    ['no location: the first location with an address', undefined, [{}, uptown, downtown], '1 Bloor St, Toronto, ON M4W 1A8', '+1 416 555 0199'],
    ['no location: its phone when it has one', undefined, [downtown], '12 King St W, Toronto, ON M5H 1A1', '+1 416 555 0101'],
  ])('%s', (_case, location, locations, address, phone) => {
    expect(clinicSignature(clinic, location, locations)).toEqual({ name: 'Riverside', address, phone });
  });
});
