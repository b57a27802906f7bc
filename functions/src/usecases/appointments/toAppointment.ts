import type { StoredAppointment } from '@casefile/db';

/** The version is storage bookkeeping; the API shows the appointment. */
export function toAppointment({ version: _version, ...appointment }: StoredAppointment) {
  return appointment;
}
