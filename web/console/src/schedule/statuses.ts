/**
 * Appointment statuses as the console shows them. The transitions mirror the API's lifecycle
 * (packages/core/src/appointments/lifecycle.ts) only to decide which buttons to offer: the API
 * still refuses an illegal change with 409, which the panel shows.
 */
import type { AppointmentStatus } from '../api/queries';

export const STATUS_ORDER: readonly AppointmentStatus[] = ['booked', 'confirmed', 'arrived', 'paid', 'no_show', 'canceled', 'rebooked'];

export const HIDDEN_BY_DEFAULT: readonly AppointmentStatus[] = ['canceled', 'rebooked'];

export const STATUS_LABEL: Record<AppointmentStatus, string> = {
  booked: 'Booked',
  confirmed: 'Confirmed',
  arrived: 'Arrived',
  paid: 'Paid',
  no_show: 'No-show',
  canceled: 'Canceled',
  rebooked: 'Rebooked',
};

/** Mantine colours; the grid's own colours are in styles.css (`.status-…`). */
export const STATUS_COLOR: Record<AppointmentStatus, string> = {
  booked: 'blue',
  confirmed: 'indigo',
  arrived: 'teal',
  paid: 'green',
  no_show: 'orange',
  canceled: 'gray',
  rebooked: 'gray',
};

export type StaffAction = 'confirmed' | 'arrived' | 'no_show' | 'canceled' | 'booked';

/** What staff may do from each status, in the order the buttons show. `booked` from a later status is a rollback. */
const STAFF_ACTIONS: Record<AppointmentStatus, StaffAction[]> = {
  booked: ['arrived', 'confirmed', 'no_show', 'canceled'],
  confirmed: ['arrived', 'no_show', 'canceled', 'booked'],
  arrived: ['booked', 'confirmed'],
  no_show: ['booked'],
  paid: [],
  canceled: [],
  rebooked: [],
};

export function staffActions(status: AppointmentStatus): StaffAction[] {
  return STAFF_ACTIONS[status];
}

export function actionLabel(from: AppointmentStatus, to: StaffAction): string {
  if (to === 'booked' || (to === 'confirmed' && from === 'arrived')) return `Back to ${STATUS_LABEL[to]}`;
  return { confirmed: 'Confirm', arrived: 'Arrive', no_show: 'No-show', canceled: 'Cancel', booked: 'Booked' }[to];
}

export function canMove(status: AppointmentStatus): boolean {
  return status === 'booked' || status === 'confirmed';
}
