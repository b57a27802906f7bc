/**
 * The appointment lifecycle (SPEC A3): the one state machine every status change goes through.
 *
 * Transition table (from -> to: who may make it)
 *
 *   booked    -> confirmed, arrived, no_show, canceled: staff;  rebooked: move
 *   confirmed -> booked (rollback), arrived, no_show, canceled: staff;  rebooked: move
 *   arrived   -> booked, confirmed (rollback of a mistaken arrival): staff;  paid: billing
 *   no_show   -> booked (rollback): staff
 *   paid      -> arrived: billing (the payment was reversed)
 *   canceled, rebooked: final, no exits
 *
 * Why these and no others
 * - Canceled and Rebooked are final (SPEC A3, seed 003): a canceled visit is rebooked as a new
 *   appointment, so reminders, fees and reports never see a canceled visit come back to life.
 * - Paid is entered and left only by billing: a payment fully covering the visit's charges, and its
 *   reversal. Staff cannot roll back out of Paid; charges exist only from Arrived (B2), so nothing
 *   but Arrived can become Paid.
 * - Rebooked is entered only by the move operation, which creates the new appointment in the same
 *   write. Only visits that have not happened (booked, confirmed) can be moved: an arrived visit is
 *   rolled back first, and a no-show stays a no-show (it counts in A6 and R2, and may carry a fee);
 *   the client is booked again instead.
 * - A visit that has started (arrived) is not canceled or marked no-show directly: roll it back
 *   first, so the mistaken arrival is itself on the audit trail.
 * - There are no self-transitions: asking for the current status is a conflict, so a double-sent
 *   "arrive" is reported instead of silently recorded twice.
 */
import { Temporal } from 'temporal-polyfill';
import { ConflictError, ValidationError } from '../errors';

export const APPOINTMENT_STATUSES = ['booked', 'confirmed', 'arrived', 'paid', 'no_show', 'canceled', 'rebooked'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** Who makes a transition: staff through the status endpoint, billing on payments, the move operation. */
export const TRANSITION_ACTORS = ['staff', 'billing', 'move'] as const;
export type TransitionActor = (typeof TRANSITION_ACTORS)[number];

export const APPOINTMENT_TRANSITIONS: Readonly<Record<AppointmentStatus, Readonly<Partial<Record<AppointmentStatus, TransitionActor>>>>> = {
  booked: { confirmed: 'staff', arrived: 'staff', no_show: 'staff', canceled: 'staff', rebooked: 'move' },
  confirmed: { booked: 'staff', arrived: 'staff', no_show: 'staff', canceled: 'staff', rebooked: 'move' },
  arrived: { booked: 'staff', confirmed: 'staff', paid: 'billing' },
  no_show: { booked: 'staff' },
  paid: { arrived: 'billing' },
  canceled: {},
  rebooked: {},
};

/** The statuses with no way out. */
export const FINAL_STATUSES: readonly AppointmentStatus[] = ['canceled', 'rebooked'];

/** The statuses staff may ask for through the status endpoint (Paid and Rebooked are entered by billing and move). */
export const STAFF_TARGET_STATUSES = ['booked', 'confirmed', 'arrived', 'no_show', 'canceled'] as const satisfies readonly AppointmentStatus[];

/** The order of a day view's status summary: the happy path first, then the other outcomes. */
export const STATUS_COUNT_ORDER: readonly AppointmentStatus[] = APPOINTMENT_STATUSES;

/** What a day view shows unless asked otherwise (SPEC A5). */
export const DEFAULT_VISIBLE_STATUSES: readonly AppointmentStatus[] = APPOINTMENT_STATUSES.filter((status) => !FINAL_STATUSES.includes(status));

/** Who may move an appointment from `from` to `to`; undefined when no one may. */
export function transitionActor(from: AppointmentStatus, to: AppointmentStatus): TransitionActor | undefined {
  return APPOINTMENT_TRANSITIONS[from][to];
}

export function canTransition(from: AppointmentStatus, to: AppointmentStatus, actor: TransitionActor): boolean {
  return transitionActor(from, to) === actor;
}

/**
 * Whether an appointment in this status holds its time on its calendars: what availability treats as
 * busy and the double-booking guard protects. Canceled, rebooked and no-show appointments free their
 * slot (SPEC A9 offers it to the waitlist); rolling a no-show back takes the time again.
 */
export function isActiveStatus(status: AppointmentStatus): boolean {
  return status !== 'canceled' && status !== 'rebooked' && status !== 'no_show';
}

export interface Cancellation {
  reason: string;
  /** Whether it came inside the clinic's late-cancellation window (B3 may charge a fee). */
  late: boolean;
}

export interface TransitionRequest {
  from: AppointmentStatus;
  to: AppointmentStatus;
  actor: TransitionActor;
  /** Required when `to` is canceled, refused otherwise. */
  reason?: string | undefined;
  /** The appointment's start and the time of the request, as instants. */
  start: string;
  now: string;
  /** Whole hours before the start inside which a cancellation is late; 0 = no late cancellations. */
  lateCancelWindowHours: number;
}

export interface StatusChange {
  status: AppointmentStatus;
  /** Set only when the change cancels. */
  cancellation?: Cancellation;
}

/**
 * Decides a status change: the change to store (the caller stamps `statusChangedAt`), a
 * ConflictError (`invalid_transition`, extra `{ from, to }`) when the table does not allow it for this
 * actor, or a ValidationError on `reason` when a cancel lacks its reason or another change has one.
 */
export function decideTransition(request: TransitionRequest): StatusChange {
  const { from, to, actor } = request;
  const allowed = transitionActor(from, to);
  if (allowed !== actor) throw invalidTransition(from, to, actor, allowed);
  const reason = request.reason?.trim();
  if (to !== 'canceled') {
    if (request.reason !== undefined) {
      throw new ValidationError('A reason belongs only to a cancellation.', [{ path: 'reason', message: 'Only allowed when status is canceled.' }]);
    }
    return { status: to };
  }
  if (!reason) {
    throw new ValidationError('Canceling an appointment needs a reason.', [{ path: 'reason', message: 'Required when status is canceled.' }]);
  }
  return { status: 'canceled', cancellation: { reason, late: isLateCancellation(request.start, request.now, request.lateCancelWindowHours) } };
}

/**
 * Late = `now` is at or after `windowHours` real hours before the start (so also after the start).
 * Measured on instants: a 24-hour window is 24 hours even across a daylight-saving change.
 */
export function isLateCancellation(start: string, now: string, windowHours: number): boolean {
  if (windowHours <= 0) return false;
  const windowOpens = Temporal.Instant.from(start).subtract({ hours: windowHours });
  return Temporal.Instant.compare(Temporal.Instant.from(now), windowOpens) >= 0;
}

function invalidTransition(from: AppointmentStatus, to: AppointmentStatus, actor: TransitionActor, allowed: TransitionActor | undefined): ConflictError {
  let message = `An appointment cannot go from ${from} to ${to}.`;
  if (from === to) message = `The appointment is already ${from}.`;
  else if (FINAL_STATUSES.includes(from)) message = `The appointment is ${from}, which is final.`;
  else if (allowed === 'billing') message = `Only billing moves an appointment from ${from} to ${to} (${to === 'paid' ? 'a payment covering its charges' : 'a reversed payment'}).`;
  else if (allowed === 'move') message = `An appointment becomes ${to} only by being moved.`;
  else if (allowed === 'staff') message = `Staff, not ${actor}, move an appointment from ${from} to ${to}.`;
  return new ConflictError(message, 'invalid_transition', { from, to });
}
