/** The appointment routes (SPEC A1-A8), part of the route table. */
import {
  appointmentSchema,
  bookingContextSchema,
  bookingResultSchema,
  createAppointmentSchema,
  dayViewQuerySchema,
  dayViewSchema,
  idParamsSchema,
  pageOf,
  pageQuerySchema,
  transitionAppointmentSchema,
} from '@casefile/core';
import type { RouteDefinition } from './routes';

export const APPOINTMENT_ROUTES: readonly RouteDefinition[] = [
  { method: 'POST', path: '/api/appointments', fn: 'appointments', auth: 'staff', action: 'appointments:book', operationId: 'bookAppointment', summary: "Book an appointment on a case file; staff mode may overlap (and lists what it overlaps), no_overlap mode wins the slot or answers 409.", body: createAppointmentSchema, response: bookingResultSchema, status: 201 },
  { method: 'GET', path: '/api/day-view', fn: 'appointments', auth: 'staff', action: 'appointments:read', operationId: 'getDayView', summary: 'One location and local date: the columns (calendars with a shift that day, or those asked for), shifts, breaks, blocks, appointments, and counts per status.', query: dayViewQuerySchema, response: dayViewSchema },
  { method: 'GET', path: '/api/appointments/{id}', fn: 'appointments', auth: 'staff', action: 'appointments:read', operationId: 'getAppointment', summary: 'One appointment.', params: idParamsSchema, response: appointmentSchema },
  { method: 'POST', path: '/api/appointments/{id}/status', fn: 'appointments', auth: 'staff', action: 'appointments:book', operationId: 'changeAppointmentStatus', summary: 'Move an appointment through its lifecycle (confirm, arrive, no-show, cancel with a reason, roll back).', params: idParamsSchema, body: transitionAppointmentSchema, response: appointmentSchema },
  { method: 'GET', path: '/api/cases/{id}/appointments', fn: 'appointments', auth: 'staff', action: 'appointments:read', operationId: 'listCaseAppointments', summary: "A case file's appointments by start.", params: idParamsSchema, query: pageQuerySchema, response: pageOf(appointmentSchema, 'AppointmentPage') },
  { method: 'GET', path: '/api/cases/{id}/booking-context', fn: 'appointments', auth: 'staff', action: 'appointments:read', operationId: 'getBookingContext', summary: "What front desk needs while booking into a case: the client's contacts, last and upcoming visits, prior no-shows and late cancellations, and alerts.", params: idParamsSchema, response: bookingContextSchema },
  { method: 'GET', path: '/api/clients/{id}/appointments', fn: 'appointments', auth: 'staff', action: 'appointments:read', operationId: 'listClientAppointments', summary: "A client's appointments across their case files, by start.", params: idParamsSchema, query: pageQuerySchema, response: pageOf(appointmentSchema, 'ClientAppointmentPage') },
];
