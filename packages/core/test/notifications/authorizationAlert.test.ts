import { describe, expect, it } from 'vitest';
import { authorizationAlertKey, authorizationAlertMessage, authorizationAlertRecipients, newlyAlertedAuthorizations } from '../../src';

const prefs = { email: true };

describe('low-authorization alert', () => {
  it('finds only stamps that are new, and keys the alert by authorization and approved visits', () => {
    const before = [{ authorizationId: 'a', thresholdAlertAt: 'T1' }, { authorizationId: 'b' }, { authorizationId: 'c', thresholdAlertAt: 'T1' }];
    const after = [{ authorizationId: 'a', thresholdAlertAt: 'T1' }, { authorizationId: 'b', thresholdAlertAt: 'T2' }, { authorizationId: 'c', thresholdAlertAt: 'T3' }, { authorizationId: 'd' }];
    expect(newlyAlertedAuthorizations(before, after).map((item) => item.authorizationId)).toEqual(['b', 'c']);
    expect(newlyAlertedAuthorizations(undefined, after).map((item) => item.authorizationId)).toEqual(['a', 'b', 'c']);
    expect(authorizationAlertKey({ authorizationId: 'a', approvedVisits: 10, thresholdAlertAt: 'T1' })).toBe(authorizationAlertKey({ authorizationId: 'a', approvedVisits: 10, thresholdAlertAt: 'T9' }));
    expect(authorizationAlertKey({ authorizationId: 'a', approvedVisits: 10 })).not.toBe(authorizationAlertKey({ authorizationId: 'a', approvedVisits: 12 }));
  });

  it('goes to active billing, manager and owner members who take email, else to the clinic address', () => {
    const members = [
      { memberId: 'm1', email: 'owner@x.test', role: 'owner' as const, active: true, notificationPreferences: prefs },
      { memberId: 'm2', email: 'billing@x.test', role: 'billing' as const, active: true, notificationPreferences: prefs },
      { memberId: 'm3', email: 'desk@x.test', role: 'front_desk' as const, active: true, notificationPreferences: prefs },
      { memberId: 'm4', email: 'gone@x.test', role: 'manager' as const, active: false, notificationPreferences: prefs },
      { memberId: 'm5', email: 'quiet@x.test', role: 'manager' as const, active: true, notificationPreferences: { email: false } },
    ];
    expect(authorizationAlertRecipients(members, 'info@x.test').map((recipient) => recipient.address)).toEqual(['owner@x.test', 'billing@x.test']);
    expect(authorizationAlertRecipients(members.slice(2), 'info@x.test')).toEqual([{ recipientId: 'clinic', address: 'info@x.test' }]);
    expect(authorizationAlertRecipients(members.slice(2), undefined)).toEqual([]);
  });

  it('says who, which case and payer, how many visits and until when, escaping HTML', () => {
    const message = authorizationAlertMessage({ clinicName: 'A&B Clinic', clientName: 'Jo <Smith>', caseLabel: 'C-000042', payerName: 'Mutual', remainingVisits: 2, validTo: '2027-03-31' });
    expect(message.subject).toBe('Authorization running out: Jo <Smith>, case C-000042');
    expect(message.text).toContain('2 authorized visits left');
    expect(message.text).toContain('Valid to: 2027-03-31');
    expect(message.html).toContain('Jo &lt;Smith&gt;');
    expect(message.html).not.toContain('<Smith>');
  });
});
