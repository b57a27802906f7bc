import { describe, expect, it } from 'vitest';
import { DEFAULT_GUARDRAILS, DEFAULT_NOTIFICATION_SETTINGS, guardrailsSchema, notificationSettingsSchema } from '../src';

// The defaults are written out as plain objects so importing core parses nothing; they must stay what the schemas produce.
describe('schema defaults written out', () => {
  it('DEFAULT_NOTIFICATION_SETTINGS is what the settings schema makes of nothing', () => {
    expect(DEFAULT_NOTIFICATION_SETTINGS).toStrictEqual(notificationSettingsSchema.parse({}));
  });

  it('DEFAULT_GUARDRAILS is what the guardrails schema makes of nothing', () => {
    expect(DEFAULT_GUARDRAILS).toStrictEqual(guardrailsSchema.parse({}));
  });
});
