import { describe, expect, it } from 'vitest';
import { appointmentInvite, DEFAULT_TEMPLATES, messageValues, oneLineAddress, renderNotification } from '../../src';

const values = messageValues({
  clientName: 'Mae',
  clinicName: 'Riverside Physio & Rehab',
  clinicPhone: '+1 416 555 0199',
  start: '2026-06-05T14:00:00Z',
  previousStart: '2026-06-04T14:00:00Z',
  timeZone: 'America/Toronto',
  locationName: 'Downtown',
  locationAddress: '12 King St W, Toronto ON M5H 1A1',
  providerName: 'Priya Patel',
});
const signature = { name: 'Riverside Physio & Rehab', address: '12 King St W, Toronto ON M5H 1A1', phone: '+1 416 555 0199' };
const manage = { label: 'See or change your booking', url: `https://book.example.test/book/manage#${'t'.repeat(300)}` };

describe('mail a clinic would send (issue 16)', () => {
  it.each(['newBooking', 'reschedule', 'cancellation', 'noShow', 'reminder'] as const)('%s: signed with the clinic, its address and phone, and no raw zone id', (kind) => {
    for (const audience of ['client', 'provider'] as const) {
      const mail = renderNotification({ kind, audience, template: DEFAULT_TEMPLATES[kind], values, signature, manage });
      for (const part of [mail.text, mail.html]) {
        expect(part).toContain('12 King St W, Toronto ON M5H 1A1');
        expect(part).toContain('+1 416 555 0199');
        expect(part).not.toContain('America/Toronto');
      }
      expect(mail.html).toMatch(/^<!doctype html>\s*<html lang="en"/);
      expect(mail.html).toContain('<title>');
    }
  });

  it('shows the manage link as link text in HTML, never the raw address as the text', () => {
    const mail = renderNotification({ kind: 'reminder', audience: 'client', template: DEFAULT_TEMPLATES.reminder, values, signature, manage });
    expect(mail.html).toContain(`href="${manage.url}"`);
    expect(mail.html).toMatch(/>\s*See or change your booking\s*<\/a>/);
    expect(mail.html.split(manage.url)).toHaveLength(2);
    expect(mail.text).toContain(`See or change your booking: ${manage.url}`);
    expect(mail.text).toContain('Eastern Time');
  });

  it("writes the provider's copy to the provider, naming the client", () => {
    const mail = renderNotification({ kind: 'reschedule', audience: 'provider', template: DEFAULT_TEMPLATES.reschedule, values, signature, manage });
    expect(mail.subject).toBe('Moved: Mae, now Friday, June 5, 2026 at 10:00 a.m.');
    expect(mail.text).toMatch(/^Hello Priya Patel,\n\nThe appointment of Mae with you on Thursday, June 4, 2026 at 10:00 a.m. has moved to/);
    expect(mail.text).not.toContain(manage.url);
  });

  it('builds the calendar invite with ical-generator: stable UID across moves, a sequence, UTC times, no clinical words', () => {
    const ics = appointmentInvite({ bookingId: '01JAPP0000000000000000000A', sequence: 2, start: '2026-06-05T14:00:00Z', end: '2026-06-05T14:45:00Z', clinicName: 'Riverside', locationName: 'Downtown', locationAddress: '12 King St W', providerName: 'Priya', manageUrl: manage.url, now: '2026-06-01T12:00:00Z' });
    expect(ics).toMatchObject({ filename: 'appointment.ics', contentType: expect.stringMatching(/^text\/calendar/) });
    const unfolded = ics.content.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('BEGIN:VEVENT');
    expect(unfolded).toContain('UID:01JAPP0000000000000000000A@casefile');
    expect(unfolded).toContain('SEQUENCE:2');
    expect(unfolded).toContain('DTSTART:20260605T140000Z');
    expect(unfolded).toContain('DTEND:20260605T144500Z');
    expect(unfolded).toContain('LOCATION:Downtown\\, 12 King St W');
    expect(unfolded).not.toMatch(/physio|treatment|diagnos|injury/i);
  });

  it('prints an address on one line', () => {
    expect(oneLineAddress({ line1: '12 King St W', line2: 'Suite 3', city: 'Toronto', region: 'ON', postalCode: 'M5H 1A1', country: 'CA' })).toBe('12 King St W, Suite 3, Toronto, ON M5H 1A1');
    expect(oneLineAddress(undefined)).toBeUndefined();
  });
});
