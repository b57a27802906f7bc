/**
 * Deterministic schedule names (EventBridge: at most 64 of [0-9A-Za-z-_.]). A clinic id and an
 * appointment id are 26 characters each, so `<clinic>-<appointment>-r4` is 56.
 */
export function reminderScheduleName(clinicId: string, appointmentId: string, slot: number): string {
  return `${clinicId}-${appointmentId}-r${slot}`;
}

export function newBookingScheduleName(clinicId: string, appointmentId: string): string {
  return `${clinicId}-${appointmentId}-nb`;
}

/** The clinic's re-planning job, one per clinic. */
export function replanScheduleName(clinicId: string): string {
  return `${clinicId}-replan`;
}
