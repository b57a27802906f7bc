import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, fillTemplate, mailTemplateSchema, messageValues, notificationSettingsSchema, TEMPLATE_VARIABLES } from '../../src';

describe('mail templates', () => {
  it('refuses variables that are not offered, naming the field', () => {
    const result = mailTemplateSchema.safeParse({ kind: 'reminder', subject: 'Your {{sessionName}}', html: '<p>{{date}}</p>', text: '{{caseNumber}} {{time}}' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['subject', 'Unknown variable {{sessionName}}.'],
      ['text', 'Unknown variable {{caseNumber}}.'],
    ]);
  });

  it('offers nothing clinical', () => {
    for (const name of TEMPLATE_VARIABLES) expect(name).not.toMatch(/session|discipline|case|note|alert|diagnos|treat/i);
  });

  it('fills values, escaping them in HTML only', () => {
    expect(fillTemplate('<p>{{clientName}}</p>', { clientName: 'Ann <b>' }, 'html')).toBe('<p>Ann &lt;b&gt;</p>');
    expect(fillTemplate('{{clientName}} {{ clinicName }}', { clientName: 'Ann <b>', clinicName: 'C' }, 'text')).toBe('Ann <b> C');
  });

  it('writes dates and times in the location zone', () => {
    const values = messageValues({ clientName: 'Ann', clinicName: 'C', start: '2026-11-02T14:00:00Z', timeZone: 'America/Toronto' });
    expect(values.time).toMatch(/^9:00/);
    expect(values.date).toContain('November 2, 2026');
    for (const template of Object.values(DEFAULT_TEMPLATES)) expect(mailTemplateSchema.safeParse(template).success).toBe(true);
  });

  it('allows up to five distinct reminder rules and a 0-5 minute offset', () => {
    const paths = (value: unknown) => notificationSettingsSchema.safeParse(value).error?.issues.map((issue) => issue.path.join('.'));
    expect(paths({ reminders: [60, 120, 180, 240, 300, 360].map((leadMinutes) => ({ leadMinutes })), newBookingOffsetMinutes: 6 })).toEqual(['newBookingOffsetMinutes', 'reminders']);
    expect(paths({ reminders: [60, 120, 60].map((leadMinutes) => ({ leadMinutes })) })).toEqual(['reminders.2.leadMinutes']);
    expect(paths({ reminders: [1440, 60].map((leadMinutes) => ({ leadMinutes })), newBookingOffsetMinutes: 5 })).toBeUndefined();
  });
});
