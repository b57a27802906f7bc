import type { TransitionAppointment } from '@casefile/core';
import type { StaffContext } from '../context';
import { applyStatusChange } from './statusChange';
import { toAppointment } from './toAppointment';

/** Move an appointment through its lifecycle as staff. */
export async function changeAppointmentStatus({ repos, runtime }: Pick<StaffContext, 'repos' | 'runtime'>, appointmentId: string, request: TransitionAppointment) {
  const current = await repos.appointments.get(appointmentId);
  const transition = { to: request.status, actor: 'staff' as const, ...(request.reason !== undefined ? { reason: request.reason } : {}) };
  return toAppointment(await applyStatusChange(repos, current, transition, runtime.clock.now().toISOString()));
}
