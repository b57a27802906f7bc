/** The shift routes (SPEC C2), part of the route table. Handled by the calendars function. */
import {
  createShiftSchema,
  idParamsSchema,
  repeatShiftsResultSchema,
  repeatShiftsSchema,
  shiftListQuerySchema,
  shiftListSchema,
  shiftSchema,
  shiftScopeQuerySchema,
  shiftUpdateResultSchema,
  shiftWeekQuerySchema,
  shiftWeekSchema,
  updateShiftSchema,
} from '@casefile/core';
import type { RouteDefinition } from './routes';

export const SHIFT_ROUTES: readonly RouteDefinition[] = [
  { method: 'GET', path: '/api/shifts', fn: 'calendars', auth: 'staff', action: 'calendars:read', operationId: 'listShifts', summary: "A calendar's shifts on a range of local dates (at most 62).", query: shiftListQuerySchema, response: shiftListSchema },
  { method: 'GET', path: '/api/shifts/week', fn: 'calendars', auth: 'staff', action: 'calendars:read', operationId: 'getShiftWeek', summary: "Weekly planning: a location's calendars with their shifts, Monday to Sunday.", query: shiftWeekQuerySchema, response: shiftWeekSchema },
  { method: 'POST', path: '/api/shifts', fn: 'calendars', auth: 'staff', action: 'schedule:manage', operationId: 'createShift', summary: 'Add a shift (one per calendar and day) with up to 5 breaks.', body: createShiftSchema, response: shiftSchema, status: 201 },
  { method: 'POST', path: '/api/shifts/repeat', fn: 'calendars', auth: 'staff', action: 'schedule:manage', operationId: 'repeatShifts', summary: 'Repeat a shift on chosen weekdays for N weeks on several calendars: one series per calendar.', body: repeatShiftsSchema, response: repeatShiftsResultSchema, status: 201 },
  { method: 'GET', path: '/api/shifts/{id}', fn: 'calendars', auth: 'staff', action: 'calendars:read', operationId: 'getShift', summary: 'One shift.', params: idParamsSchema, response: shiftSchema },
  { method: 'PATCH', path: '/api/shifts/{id}', fn: 'calendars', auth: 'staff', action: 'schedule:manage', operationId: 'updateShift', summary: 'Change the times or breaks of a shift, or of it and the rest of its series.', params: idParamsSchema, query: shiftScopeQuerySchema, body: updateShiftSchema, response: shiftUpdateResultSchema },
  { method: 'DELETE', path: '/api/shifts/{id}', fn: 'calendars', auth: 'staff', action: 'schedule:manage', operationId: 'deleteShift', summary: 'Remove a shift, or it and the rest of its series.', params: idParamsSchema, query: shiftScopeQuerySchema, status: 204 },
];
