/** Move, copy, repeat and series routes (SPEC A4), part of the route table. */
import {
  bookingResultSchema,
  copyAppointmentSchema,
  idParamsSchema,
  moveAppointmentSchema,
  repeatConfirmResultSchema,
  repeatConfirmSchema,
  repeatPreviewResultSchema,
  repeatPreviewSchema,
  seriesScopeQuerySchema,
} from '@casefile/core';
import { cancelSeriesSchema, editSeriesNotesSchema, rescheduleSeriesResultSchema, rescheduleSeriesSchema, seriesActionResultSchema } from './api/appointments/seriesSchemas';
import type { RouteDefinition } from './routes';

export const MOVE_ROUTES: readonly RouteDefinition[] = [
  { method: 'POST', path: '/api/appointments/{id}/move', fn: 'appointments', auth: 'staff', action: 'appointments:book', operationId: 'moveAppointment', summary: 'Reschedule: books a new appointment and marks this one Rebooked, linked both ways, in one write; the guard applies as for a booking, not counting this appointment as busy.', params: idParamsSchema, body: moveAppointmentSchema, response: bookingResultSchema, status: 201 },
  { method: 'POST', path: '/api/appointments/{id}/copy', fn: 'appointments', auth: 'staff', action: 'appointments:book', operationId: 'copyAppointment', summary: 'Book another appointment like this one (same case and session) at another time or on another calendar.', params: idParamsSchema, body: copyAppointmentSchema, response: bookingResultSchema, status: 201 },
  { method: 'POST', path: '/api/appointments/{id}/repeat/preview', fn: 'appointments', auth: 'staff', action: 'appointments:read', operationId: 'previewRepeat', summary: "Every occurrence of a weekly pattern from this appointment, at its local time, each explained against availability with its conflicts. Writes nothing.", params: idParamsSchema, body: repeatPreviewSchema, response: repeatPreviewResultSchema },
  { method: 'POST', path: '/api/appointments/{id}/repeat', fn: 'appointments', auth: 'staff', action: 'appointments:book', operationId: 'confirmRepeat', summary: 'Book the chosen dates of the pattern as one series with this appointment. Safe to retry: an Idempotency-Key replays the answer, and a retry without one books only what is missing.', params: idParamsSchema, body: repeatConfirmSchema, response: repeatConfirmResultSchema, status: 201 },
  { method: 'POST', path: '/api/appointments/{id}/cancel-series', fn: 'appointments', auth: 'staff', action: 'appointments:book', operationId: 'cancelSeries', summary: "Cancel this appointment (scope 'one') or this and the following of its series (scope 'following'), with a reason; later ones that cannot be canceled are skipped and listed.", params: idParamsSchema, query: seriesScopeQuerySchema, body: cancelSeriesSchema, response: seriesActionResultSchema },
  { method: 'POST', path: '/api/appointments/{id}/reschedule-series', fn: 'appointments', auth: 'staff', action: 'appointments:book', operationId: 'rescheduleSeries', summary: "Reschedule this appointment (scope 'one') or this and the following of its series (scope 'following') to a new local time on each one's own date and/or another calendar: each becomes Rebooked and a new one is booked, linked both ways; those that can no longer move are skipped and listed.", params: idParamsSchema, query: seriesScopeQuerySchema, body: rescheduleSeriesSchema, response: rescheduleSeriesResultSchema, status: 201 },
  { method: 'PATCH', path: '/api/appointments/{id}/series-notes', fn: 'appointments', auth: 'staff', action: 'appointments:book', operationId: 'editSeriesNotes', summary: "Set the notes of this appointment (scope 'one') or of this and the following of its series (scope 'following'); final ones are skipped.", params: idParamsSchema, query: seriesScopeQuerySchema, body: editSeriesNotesSchema, response: seriesActionResultSchema },
];
