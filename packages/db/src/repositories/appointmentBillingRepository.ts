import type { StoredAppointmentBilling } from './billingRecords';
import type { RepositoryContext } from './context';
import { readRetryingConflicts } from './transactionWrite';

/** What billing did for each appointment (B2, B3, K5): read here, written through `billingWrites` with its effects. */
export function createAppointmentBillingRepository(ctx: RepositoryContext) {
  const { appointmentBilling } = ctx.service.entities;

  return {
    async get(appointmentId: string): Promise<StoredAppointmentBilling | undefined> {
      const result = await readRetryingConflicts(() => appointmentBilling.get({ clinicId: ctx.clinicId, appointmentId }).go({ consistent: true }));
      return result.data ?? undefined;
    },
  };
}

export type AppointmentBillingRepository = ReturnType<typeof createAppointmentBillingRepository>;
