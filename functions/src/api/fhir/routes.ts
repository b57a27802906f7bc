/**
 * The FHIR R4 read API (SPEC P3), as data. Answers are FHIR resources as `application/fhir+json` and
 * errors OperationOutcomes (handler.ts). Personal search parameters (names, birth date, email, phone)
 * are taken only in the body of `POST Patient/_search`, never in a URL (issue 20).
 */
import {
  fhirAppointmentSearchSchema,
  fhirChargeItemSearchSchema,
  fhirEpisodeSearchSchema,
  fhirIdParamsSchema,
  fhirInvoiceSearchSchema,
  fhirPatientIdSearchSchema,
  fhirPatientSearchSchema,
  fhirResourceSchema,
  fhirScheduleSearchSchema,
  fhirSlotSearchSchema,
} from '@casefile/core';
import { defineRoutes } from '../../http/route';

const read = { auth: 'staff', action: 'fhir:read', response: fhirResourceSchema, mediaType: 'application/fhir+json' } as const;

export const fhirRoutes = defineRoutes('fhir', {
  fhirCapabilities: { ...read, method: 'GET', path: '/api/fhir/metadata', summary: 'The CapabilityStatement: the resources, searches and operations this FHIR R4 API serves.' },
  fhirReadPatient: { ...read, method: 'GET', path: '/api/fhir/Patient/{id}', summary: 'A client as a FHIR Patient.', params: fhirIdParamsSchema },
  fhirSearchPatientsById: { ...read, method: 'GET', path: '/api/fhir/Patient', summary: 'Patients by `_id` (a searchset Bundle); search by name, birth date, email or phone with POST Patient/_search.', query: fhirPatientIdSearchSchema },
  fhirSearchPatients: {
    ...read,
    method: 'POST',
    path: '/api/fhir/Patient/_search',
    summary: 'Search Patients by name, family, given, birthdate, email, phone or _id, sent as a JSON body so that no personal data sits in a URL.',
    body: fhirPatientSearchSchema,
  },
  fhirPatientEverything: { ...read, method: 'GET', path: '/api/fhir/Patient/{id}/$everything', summary: 'Patient/$everything: the Patient with its case files, appointments, charges and invoices (a searchset Bundle; no clinical notes or forms).', params: fhirIdParamsSchema },
  fhirReadEpisodeOfCare: { ...read, method: 'GET', path: '/api/fhir/EpisodeOfCare/{id}', summary: 'A case file as a FHIR EpisodeOfCare.', params: fhirIdParamsSchema },
  fhirSearchEpisodesOfCare: { ...read, method: 'GET', path: '/api/fhir/EpisodeOfCare', summary: 'The case files of a patient, optionally by status.', query: fhirEpisodeSearchSchema },
  fhirReadAppointment: { ...read, method: 'GET', path: '/api/fhir/Appointment/{id}', summary: 'An appointment as a FHIR Appointment.', params: fhirIdParamsSchema },
  fhirSearchAppointments: { ...read, method: 'GET', path: '/api/fhir/Appointment', summary: 'Appointments of a patient or on a calendar (actor=Schedule/<id>), optionally by date window and status.', query: fhirAppointmentSearchSchema },
  fhirReadSchedule: { ...read, method: 'GET', path: '/api/fhir/Schedule/{id}', summary: 'A calendar as a FHIR Schedule.', params: fhirIdParamsSchema },
  fhirSearchSchedules: { ...read, method: 'GET', path: '/api/fhir/Schedule', summary: 'The calendars, optionally by active flag and by the member whose calendar it is (actor).', query: fhirScheduleSearchSchema },
  fhirSearchSlots: { ...read, method: 'GET', path: '/api/fhir/Slot', summary: 'Free slots of a Schedule for a session (service-type), from the availability engine, in a start window.', query: fhirSlotSearchSchema },
  fhirReadChargeItem: { ...read, method: 'GET', path: '/api/fhir/ChargeItem/{id}', summary: 'A charge as a FHIR ChargeItem.', params: fhirIdParamsSchema },
  fhirSearchChargeItems: { ...read, method: 'GET', path: '/api/fhir/ChargeItem', summary: 'The charges of a patient or of a case file (context=EpisodeOfCare/<id>).', query: fhirChargeItemSearchSchema },
  fhirReadInvoice: { ...read, method: 'GET', path: '/api/fhir/Invoice/{id}', summary: 'An invoice as a FHIR Invoice.', params: fhirIdParamsSchema },
  fhirSearchInvoices: { ...read, method: 'GET', path: '/api/fhir/Invoice', summary: 'The invoices of a patient, optionally by status.', query: fhirInvoiceSearchSchema },
});
