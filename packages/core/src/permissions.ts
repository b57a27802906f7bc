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
  'notes:status',
  'notes:read',
  'notes:write',
  'noteTemplates:manage',
  'cases:accessHistory',
  'tasks:work',
  'reports:dashboard',
  'reports:schedule',
  'reports:revenue',
  'reports:cases',
  'files:list',
  'files:upload',
  'files:read',
  'forms:list',
  'forms:send',
  'forms:read',
  'forms:fill',
  'formTemplates:manage',
  'communications:read',
  'communications:write',
  'webhooks:manage',
  'imports:run',
  'exports:read',
  'feeds:manage',
  'fhir:read',
  'recalls:work',
  'recalls:manage',
] as const;
export type Action = (typeof ACTIONS)[number];

const everyone: readonly Role[] = ROLES;
const management: readonly Role[] = ['owner', 'manager'];
const clinicalAndDesk: readonly Role[] = ['owner', 'manager', 'front_desk', 'provider'];
/** Who reads clinical content (SPEC P5): front desk and billing see only that it exists and its status. */
const clinicalContent: readonly Role[] = ['owner', 'manager', 'provider'];

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
  /** Clinical privacy (P5): everyone who sees a case sees that a note exists and its status, never its content. */
  'notes:status': everyone,
  /** Clinical content: read (each read is audited), write, sign (a note's author only, checked by the use case). */
  'notes:read': clinicalContent,
  'notes:write': clinicalContent,
  'noteTemplates:manage': management,
  /** Who read which clinical record of a case, and when. */
  'cases:accessHistory': ['owner'],
  /** Tasks (K7): everyone has some, and may hand one to anyone. */
  'tasks:work': everyone,
  /** The Today dashboard: front desk without money, providers their own visits only (the use case scopes). */
  'reports:dashboard': ['owner', 'manager', 'front_desk', 'provider'],
  /** Utilization and attendance: providers see their own calendars only. */
  'reports:schedule': ['owner', 'manager', 'provider'],
  /** Revenue and receivables: providers see their own charges only. */
  'reports:revenue': ['owner', 'manager', 'billing', 'provider'],
  /** Cases, conversions and authorizations (R4): the whole clinic's caseload, so management only. */
  'reports:cases': ['owner', 'manager'],
  /** Files on a case: name, type, size, status. Everyone who works the case sees that a file is there. */
  'files:list': everyone,
  /** The front desk scans in referral letters and insurer mail, so it uploads; billing does not. */
  'files:upload': clinicalAndDesk,
  /** Opening a file's bytes (audited): clinical content, so providers and management only. */
  'files:read': clinicalContent,
  /** Form requests and their status (sent, submitted, expired), never the answers. */
  'forms:list': everyone,
  /** Sending a client a form link: the front desk sends intake forms before a first visit. */
  'forms:send': clinicalAndDesk,
  /** A submitted form's answers, score, signature and PDF (audited). */
  'forms:read': clinicalContent,
  /** Filling a form on the client's behalf (marked as such) means seeing its content. */
  'forms:fill': clinicalContent,
  /** The clinic's own form templates and which are sent on a new online booking: set up by management, as note templates are. */
  'formTemplates:manage': management,
  /** Notices sent about the case's visits, and calls and messages staff recorded. */
  'communications:read': everyone,
  'communications:write': everyone,
  /** Webhook endpoints, their secrets and delivery logs: integrations are set up by management. */
  'webhooks:manage': management,
  /** Imports write many records at once (SPEC P6). */
  'imports:run': management,
  /** Exports carry every record of the clinic, audit trail included. */
  'exports:read': management,
  /** A calendar's secret feed address: a provider their own calendar (the use case checks), management any. */
  'feeds:manage': ['owner', 'manager', 'provider'],
  /** The FHIR R4 read API exports whole patient records with billing: an integration set up by management. */
  'fhir:read': management,
  /** The recall list (who is due to be called back) and dismissing a recall: the front desk's daily work. */
  'recalls:work': ['owner', 'manager', 'front_desk'],
  /** Recall rules and what they send: set up by management. */
  'recalls:manage': management,
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isAllowed(role: Role, action: Action): boolean {
  return PERMISSIONS[action].includes(role);
}

/** Every action a role may take, in the table's order: what the console shows (a form the API would refuse is not offered). */
export function actionsOf(role: Role): Action[] {
  return ACTIONS.filter((action) => isAllowed(role, action));
}
