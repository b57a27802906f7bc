/**
 * Samples for the FHIR read routes (/api/fhir/), merged into sampleRequests.ts. Appointment, charge and
 * invoice reads need records that exist, so their samples make fresh ones first.
 */
import type { ClinicFixture, FixtureIds } from '../fixtureTypes';
import { BILLING_FRESH_IDS } from './billingSamples';

export const FHIR_PATH_IDS: Readonly<Record<string, keyof FixtureIds>> = {
  '/api/fhir/Patient/{id}': 'clientId',
  '/api/fhir/Patient/{id}/$everything': 'clientId',
  '/api/fhir/EpisodeOfCare/{id}': 'caseId',
  '/api/fhir/Appointment/{id}': 'appointmentId',
  '/api/fhir/Schedule/{id}': 'calendarId',
  '/api/fhir/ChargeItem/{id}': 'chargeId',
  '/api/fhir/Invoice/{id}': 'invoiceId',
};

/** Only ids and non-personal values in the query string; the personal search goes in the POST body. */
export const FHIR_SAMPLE_QUERIES: Readonly<Record<string, (ids: FixtureIds) => string>> = {
  fhirSearchPatientsById: (ids) => `?_id=${ids.clientId}`,
  fhirSearchEpisodesOfCare: (ids) => `?patient=Patient/${ids.clientId}`,
  fhirSearchAppointments: (ids) => `?patient=Patient/${ids.clientId}&status=booked`,
  fhirSearchSchedules: () => '?active=true',
  fhirSearchSlots: (ids) => `?schedule=Schedule/${ids.calendarId}&service-type=${ids.sessionId}`,
  fhirSearchChargeItems: (ids) => `?patient=Patient/${ids.clientId}`,
  fhirSearchInvoices: (ids) => `?patient=Patient/${ids.clientId}`,
};

export const FHIR_SAMPLE_BODIES: Readonly<Record<string, (ids: FixtureIds) => unknown>> = {
  fhirSearchPatients: (ids) => ({ _id: ids.clientId }),
};

async function freshAppointment(fixture: ClinicFixture): Promise<Partial<FixtureIds>> {
  const owner = await fixture.api('owner');
  const start = new Date(Date.now() + 45 * 86_400_000);
  start.setUTCHours(13, 0, 0, 0);
  const booked = await owner.post<{ appointment: { appointmentId: string } }>('/api/appointments', { caseId: fixture.ids.caseId, sessionId: fixture.ids.sessionId, calendarId: fixture.ids.calendarId, start: start.toISOString() });
  if (booked.status !== 201) throw new Error(`Could not book a sample appointment: ${booked.status} ${booked.text}`);
  return { appointmentId: booked.body.appointment.appointmentId };
}

export const FHIR_FRESH_IDS: Readonly<Record<string, (fixture: ClinicFixture) => Promise<Partial<FixtureIds>>>> = {
  fhirReadAppointment: freshAppointment,
  fhirReadChargeItem: BILLING_FRESH_IDS.updateCharge!,
  fhirReadInvoice: BILLING_FRESH_IDS.getInvoice!,
};
