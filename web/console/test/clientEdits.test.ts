import { describe, expect, it } from 'vitest';
import type { Schemas } from '../src/api/client';
import { clientChanges, clientForm } from '../src/clients/clientEdits';

const client: Schemas['Client'] = {
  clientId: '01JCLIENT00000000000000000',
  clinicId: '01JCLINIC00000000000000000',
  firstName: 'Emma',
  lastName: 'Thompson',
  email: 'emma@example.com',
  phone: '416 555 0101',
  alerts: [{ text: 'Latex allergy', severity: 'critical' }],
  communication: { email: true, sms: false, reminders: true, marketing: false },
  consent: { treatment: true, privacyPolicy: true, electronicCommunication: false },
  status: 'active',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  createdBy: 'x',
  updatedBy: 'x',
};

describe('clientChanges', () => {
  it('sends nothing when nothing changed', () => {
    expect(clientChanges(client, clientForm(client))).toEqual({});
  });

  it('sends only what changed, an emptied optional field as null', () => {
    const form = { ...clientForm(client), dateOfBirth: '1985-04-02', email: '', communication: { ...client.communication, sms: true } };
    expect(clientChanges(client, form)).toEqual({ dateOfBirth: '1985-04-02', email: null, communication: { email: true, sms: true, reminders: true, marketing: false } });
  });

  it('builds the address whole, with a default country, and clears it when emptied', () => {
    const form = { ...clientForm(client), line1: '12 King St W', city: 'Toronto', postalCode: 'M5H 1A1' };
    expect(clientChanges(client, form).address).toEqual({ line1: '12 King St W', city: 'Toronto', postalCode: 'M5H 1A1', country: 'CA' });
    const withAddress = { ...client, address: { line1: '12 King St W', city: 'Toronto', country: 'CA' } };
    expect(clientChanges(withAddress, { ...clientForm(withAddress), line1: '', city: '' }).address).toBeNull();
  });

  it('drops blank alerts and sends consent with its date', () => {
    const form = { ...clientForm(client), alerts: [...clientForm(client).alerts, { text: '  ', severity: 'info' as const }], consent: { ...clientForm(client).consent, electronicCommunication: true, recordedOn: '2026-12-03' } };
    const body = clientChanges(client, form);
    expect(body.alerts).toBeUndefined();
    expect(body.consent).toEqual({ treatment: true, privacyPolicy: true, electronicCommunication: true, recordedOn: '2026-12-03' });
  });
});
