/** Appointments, calendars and free time as FHIR R4 Appointment, Schedule and Slot: pure mappings. */
import type { Appointment as FhirAppointment, Schedule, Slot } from 'fhir/r4';
import type { AppointmentStatus } from '../appointments/lifecycle';
import type { Calendar } from '../schemas/calendar';
import { casefileSystem, FHIR_APPOINTMENT_STATUS } from './fhirCodes';
import { fhirMeta, patientReference } from './fhirPeople';

export interface FhirAppointmentSource {
  appointmentId: string;
  caseId: string;
  clientId: string;
  sessionId: string;
  calendarId: string;
  start: string;
  end: string;
  status: AppointmentStatus;
  version: number;
  updatedAt: string;
  createdAt: string;
}

/** A calendar named by its id: a logical reference (Casefile serves no Practitioner or Location). */
const calendarActor = (calendarId: string, display?: string) => ({ identifier: { system: casefileSystem('calendar'), value: calendarId }, ...(display ? { display } : {}) });

const sessionType = (sessionId: string, display?: string) => ({ coding: [{ system: casefileSystem('session'), code: sessionId, ...(display ? { display } : {}) }] });

export function toFhirAppointment(appointment: FhirAppointmentSource, names: { session?: string | undefined; calendar?: string | undefined } = {}): FhirAppointment {
  return {
    resourceType: 'Appointment',
    id: appointment.appointmentId,
    meta: fhirMeta(appointment),
    status: FHIR_APPOINTMENT_STATUS[appointment.status],
    serviceType: [sessionType(appointment.sessionId, names.session)],
    start: appointment.start,
    end: appointment.end,
    minutesDuration: Math.round((Date.parse(appointment.end) - Date.parse(appointment.start)) / 60_000),
    created: appointment.createdAt,
    supportingInformation: [{ reference: `EpisodeOfCare/${appointment.caseId}` }],
    participant: [
      { actor: patientReference(appointment.clientId), status: 'accepted' },
      { actor: calendarActor(appointment.calendarId, names.calendar), status: 'accepted', type: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'PPRF' }] }] },
    ],
  };
}

export function toFhirSchedule(calendar: Calendar): Schedule {
  return {
    resourceType: 'Schedule',
    id: calendar.calendarId,
    meta: fhirMeta(calendar),
    active: calendar.active,
    serviceCategory: [{ coding: [{ system: casefileSystem('calendar-kind'), code: calendar.kind }] }],
    actor: [calendar.memberId ? { identifier: { system: casefileSystem('member'), value: calendar.memberId }, display: calendar.name } : { display: calendar.name }],
    comment: calendar.name,
  };
}

/** A free slot the availability engine found: the session's length from one bookable start. */
export function toFhirSlot(opening: { calendarId: string; start: string; end: string; sessionId: string }): Slot {
  const compactStart = opening.start.replace(/[^0-9]/g, '').slice(0, 12);
  const minutes = Math.round((Date.parse(opening.end) - Date.parse(opening.start)) / 60_000);
  return {
    resourceType: 'Slot',
    // Calendar, start and length: unique, and within FHIR's 64-character id limit.
    id: `${opening.calendarId}-${compactStart}-${minutes}`,
    schedule: { reference: `Schedule/${opening.calendarId}` },
    serviceType: [sessionType(opening.sessionId)],
    status: 'free',
    start: opening.start,
    end: opening.end,
  };
}
