/**
 * The edit-client form as plain strings and switches, and the PATCH body of what changed: an
 * emptied optional field is sent as null (the API clears it); an untouched one is not sent.
 */
import type { Schemas } from '../api/client';

type Client = Schemas['Client'];
type UpdateClient = Schemas['UpdateClient'];
type Severity = Schemas['ClientAlertOutput']['severity'];

export interface ClientForm {
  firstName: string;
  lastName: string;
  preferredName: string;
  dateOfBirth: string;
  email: string;
  phone: string;
  mobilePhone: string;
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  alerts: { text: string; severity: Severity }[];
  communication: Schemas['CommunicationPreferencesOutput'];
  consent: { treatment: boolean; privacyPolicy: boolean; electronicCommunication: boolean; recordedOn: string };
}

const OPTIONAL_TEXT = ['preferredName', 'dateOfBirth', 'email', 'phone', 'mobilePhone'] as const;

export function clientForm(client: Client): ClientForm {
  return {
    firstName: client.firstName,
    lastName: client.lastName,
    preferredName: client.preferredName ?? '',
    dateOfBirth: client.dateOfBirth ?? '',
    email: client.email ?? '',
    phone: client.phone ?? '',
    mobilePhone: client.mobilePhone ?? '',
    line1: client.address?.line1 ?? '',
    line2: client.address?.line2 ?? '',
    city: client.address?.city ?? '',
    region: client.address?.region ?? '',
    postalCode: client.address?.postalCode ?? '',
    country: client.address?.country ?? '',
    alerts: client.alerts.map((alert) => ({ text: alert.text, severity: alert.severity })),
    communication: { ...client.communication },
    consent: {
      treatment: client.consent.treatment,
      privacyPolicy: client.consent.privacyPolicy,
      electronicCommunication: client.consent.electronicCommunication,
      recordedOn: client.consent.recordedOn ?? '',
    },
  };
}

function addressOf(form: ClientForm): UpdateClient['address'] {
  const line1 = form.line1.trim();
  const city = form.city.trim();
  if (!line1 && !city && !form.postalCode.trim() && !form.line2.trim() && !form.region.trim()) return null;
  return {
    line1,
    city,
    country: form.country.trim().toUpperCase() || 'CA',
    ...(form.line2.trim() ? { line2: form.line2.trim() } : {}),
    ...(form.region.trim() ? { region: form.region.trim() } : {}),
    ...(form.postalCode.trim() ? { postalCode: form.postalCode.trim() } : {}),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only the fields that differ from the client as loaded; `{}` when nothing changed. */
export function clientChanges(client: Client, form: ClientForm): UpdateClient {
  const before = clientForm(client);
  const body: UpdateClient = {};
  if (form.firstName.trim() !== before.firstName) body.firstName = form.firstName.trim();
  if (form.lastName.trim() !== before.lastName) body.lastName = form.lastName.trim();
  for (const name of OPTIONAL_TEXT) {
    const value = form[name].trim();
    if (value !== before[name]) body[name] = value === '' ? null : value;
  }
  const address = addressOf(form);
  if (!same(address, addressOf(before))) body.address = address;
  const alerts = form.alerts.map((alert) => ({ text: alert.text.trim(), severity: alert.severity })).filter((alert) => alert.text !== '');
  if (!same(alerts, before.alerts)) body.alerts = alerts;
  if (!same(form.communication, before.communication)) body.communication = form.communication;
  if (!same(form.consent, before.consent)) {
    const { recordedOn, ...given } = form.consent;
    body.consent = { ...given, ...(recordedOn ? { recordedOn } : {}) };
  }
  return body;
}
