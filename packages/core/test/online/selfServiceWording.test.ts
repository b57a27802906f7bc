import { describe, expect, it } from 'vitest';
import { clinicContact, onlineConfirmationMail, selfCancelDeadline } from '../../src';

const facts = { clientName: 'Mae', clinicName: 'Riverside', start: '2026-06-01T18:30:00Z', timeZone: 'America/Toronto', locationName: 'Downtown', providerName: 'Priya' };
const URL = 'https://book.example.test/book/manage#token';

describe('who to contact (issue 16, item 2)', () => {
  it("prefers the location's phone, then the clinic's, then its email, and answers nothing only when there is none", () => {
    expect(clinicContact({ locationPhone: '416 555 0199', clinicPhone: '416 555 0100', contactEmail: 'desk@r.test' })).toEqual({ kind: 'phone', value: '416 555 0199' });
    expect(clinicContact({ locationPhone: ' ', clinicPhone: '416 555 0100' })).toEqual({ kind: 'phone', value: '416 555 0100' });
    expect(clinicContact({ contactEmail: 'desk@r.test' })).toEqual({ kind: 'email', value: 'desk@r.test' });
    expect(clinicContact({})).toBeUndefined();
  });
});

describe('the online confirmation worded from the self-cancel rule (issue 16, item 2)', () => {
  const until = selfCancelDeadline(facts.start, 24);
  it('names the end of an open window, and whom to call after it', () => {
    const mail = onlineConfirmationMail(facts, URL, { canChange: true, until, windowHours: 24, contact: { kind: 'phone', value: '416 555 0199' } });
    expect(mail.text).toContain('You can see, move or cancel it online until Sunday, May 31, 2026 at 2:30');
    expect(mail.text).toContain('call 416 555 0199');
  });

  it('never offers a time already past when booked inside the window, and names a way to reach the clinic', () => {
    const mail = onlineConfirmationMail(facts, URL, { canChange: false, until, windowHours: 24, contact: { kind: 'email', value: 'desk@r.test' } });
    expect(mail.text).not.toMatch(/until/);
    expect(mail.text).toContain('can no longer be moved or canceled online');
    expect(mail.text).toContain('please email desk@r.test');
    expect(mail.html).toContain('please email desk@r.test');
  });
});
