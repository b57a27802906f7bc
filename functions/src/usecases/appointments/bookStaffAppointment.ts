import type { CreateAppointment } from '@casefile/core';
import { authorizationWarnings } from '../billing/authorizationWarnings';
import type { StaffContext } from '../context';
import { bookAppointment } from './bookAppointment';
import { resolveBookingTarget } from './bookingChecks';
import { shiftWarnings } from './shiftWarnings';
import { toAppointment } from './toAppointment';

/** Book an appointment from the front desk (SPEC A1): the target checked, then booked, with authorization and outside-shift warnings. */
export async function bookStaffAppointment({ repos, caller, runtime }: StaffContext, request: CreateAppointment) {
  const target = await resolveBookingTarget(repos, caller, request);
  const warnings = [...(await authorizationWarnings(repos, target.caseFile.caseId, request.start)), ...(await shiftWarnings(repos, runtime, target, request.start))];
  const booked = await bookAppointment(repos, runtime, target, request);
  return { appointment: toAppointment(booked.appointment), conflicts: booked.conflicts, ...(warnings.length > 0 ? { warnings } : {}) };
}
