/**
 * The one role-to-action table. Every route names one action; the edge checks it once per request.
 * Calendar grants (which calendars a provider may see and book) are checked separately by the
 * calendar routes.
 */
export const ROLES = ['owner', 'manager', 'front_desk', 'provider', 'billing'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'clinic:read',
  'clinic:manage',
  'team:read',
  'team:manage',
  'clients:read',
  'clients:write',
  'cases:read',
  'cases:write',
  'audit:read',
  'calendars:read',
  'calendars:manage',
  'schedule:manage',
  'sessions:manage',
  'availability:read',
  'appointments:read',
  'appointments:book',
  'billing:read',
  'billing:write',
  'billing:manage',
  'notifications:manage',
  'webhooks:manage',
] as const;
export type Action = (typeof ACTIONS)[number];

const everyone: readonly Role[] = ROLES;
const management: readonly Role[] = ['owner', 'manager'];
const clinicalAndDesk: readonly Role[] = ['owner', 'manager', 'front_desk', 'provider'];

export const PERMISSIONS: Readonly<Record<Action, readonly Role[]>> = {
  'clinic:read': everyone,
  'clinic:manage': management,
  'team:read': everyone,
  'team:manage': management,
  'clients:read': everyone,
  'clients:write': clinicalAndDesk,
  'cases:read': everyone,
  'cases:write': clinicalAndDesk,
  'audit:read': management,
  'calendars:read': everyone,
  'calendars:manage': management,
  /** Shifts and time blocks: the front desk runs the week's planning with managers. */
  'schedule:manage': ['owner', 'manager', 'front_desk'],
  'sessions:manage': management,
  'availability:read': everyone,
  'appointments:read': everyone,
  'appointments:book': clinicalAndDesk,
  /** Balances, invoices, payments (booking context shows billing only to these roles). */
  'billing:read': ['owner', 'manager', 'front_desk', 'billing'],
  /** Charges, payers, authorizations, invoices, payments and refunds. */
  'billing:write': ['owner', 'manager', 'front_desk', 'billing'],
  /** Billing policy and the price list. */
  'billing:manage': ['owner', 'manager', 'billing'],
  /** Failed notices: seen and retried by whoever answers the patient's call about a missing reminder. */
  'notifications:manage': ['owner', 'manager', 'front_desk'],
  /** Webhook endpoints, their secrets and delivery logs: integrations are set up by management. */
  'webhooks:manage': management,
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isAllowed(role: Role, action: Action): boolean {
  return PERMISSIONS[action].includes(role);
}
