import type { CreateAppointment, DayViewQuery, TransitionAppointment } from '@casefile/core';
import type { PageRequest } from '@casefile/db';
import { createApiHandler, type OperationInput } from '../http/createApiHandler';
import { bookAppointment } from './appointments/bookAppointment';
import { resolveBookingTarget } from './appointments/bookingChecks';
import { buildBookingContext } from './appointments/bookingContext';
import { buildDayView } from './appointments/dayView';
import { moveOperations } from './appointments/moveOperations';
import { applyStatusChange } from './appointments/statusChange';
import { toAppointment } from './appointments/toAppointment';
import { authorizationWarnings } from '../usecases/billing/authorizationWarnings';

type Id = { id: string };


/** Appointments: booking against a case file, the lifecycle, and lists per case and client. */
export const handler = createApiHandler('appointments', {
  bookAppointment: async ({ repos, caller, runtime, body }: OperationInput<unknown, unknown, CreateAppointment>) => {
    const target = await resolveBookingTarget(repos, caller, body);
    const warnings = await authorizationWarnings(repos, target.caseFile.caseId, body.start);
    const booked = await bookAppointment(repos, runtime, target, body);
    return { appointment: toAppointment(booked.appointment), conflicts: booked.conflicts, ...(warnings.length > 0 ? { warnings } : {}) };
  },

  getDayView: async ({ repos, caller, query }: OperationInput<unknown, DayViewQuery>) => buildDayView(repos, caller, query),

  getAppointment: async ({ repos, params }: OperationInput<Id>) => toAppointment(await repos.appointments.get(params.id)),

  changeAppointmentStatus: async ({ repos, runtime, params, body }: OperationInput<Id, unknown, TransitionAppointment>) => {
    const current = await repos.appointments.get(params.id);
    const request = { to: body.status, actor: 'staff' as const, ...(body.reason !== undefined ? { reason: body.reason } : {}) };
    return toAppointment(await applyStatusChange(repos, current, request, runtime.clock.now().toISOString()));
  },

  listCaseAppointments: async ({ repos, params, query }: OperationInput<Id, PageRequest>) => {
    await repos.cases.get(params.id);
    const page = await repos.appointments.listForCase(params.id, query);
    return { ...page, items: page.items.map(toAppointment) };
  },

  getBookingContext: async ({ repos, caller, runtime, params }: OperationInput<Id>) =>
    buildBookingContext(repos, caller, params.id, runtime.clock.now().toISOString()),

  listClientAppointments: async ({ repos, params, query }: OperationInput<Id, PageRequest>) => {
    await repos.clients.get(params.id);
    const page = await repos.appointments.listForClient(params.id, query);
    return { ...page, items: page.items.map(toAppointment) };
  },

  ...moveOperations,
});
