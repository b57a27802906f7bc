/**
 * Charges of an arrival, a no-show or a late cancel are made by the API in the background (issue 16,
 * item 4): while they may still be on their way the panel says so and looks again instead of saying
 * "No charges for this visit".
 */

/** How long after a status change its charges are looked for: generous, a loaded stream can lag. */
export const CHARGES_PENDING_MS = 120_000;

/** What the background billing is about to add after this status, as the panel says it meanwhile; undefined when nothing. */
export function pendingChargesText(appointment: { status: string; cancellation?: { late?: boolean } | null | undefined }): string | undefined {
  if (appointment.status === 'arrived') return 'Preparing the session’s charges…';
  if (appointment.status === 'no_show') return 'Adding the no-show fee…';
  if (appointment.status === 'canceled' && appointment.cancellation?.late) return 'Adding the late-cancellation fee…';
  return undefined;
}

/**
 * Whether the change is recent enough for its charges still to be coming. The server's
 * `statusChangedAt` alone is not enough: a desk computer whose clock runs ahead of the server's would
 * find every change already old and never wait. So a change this panel saw happen (`seenAt`, on the
 * browser's own clock) counts from when it saw it.
 */
export function chargesMayBeComing(change: { statusChangedAt: string; seenAt?: number | undefined }, now: number): boolean {
  if (now - Date.parse(change.statusChangedAt) < CHARGES_PENDING_MS) return true;
  return change.seenAt !== undefined && now - change.seenAt < CHARGES_PENDING_MS;
}
