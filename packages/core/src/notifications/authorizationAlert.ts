/**
 * The low-authorization alert to staff (SPEC K5): when an arrival takes an authorization's remaining
 * visits to the clinic's threshold, the charge consumer stamps `thresholdAlertAt` on it; this is
 * who is told, once, and what the mail says. Nothing clinical: client, case number, payer, remaining
 * visits and the end of the authorization only.
 */
import type { Role } from '../permissions';
import { type ClinicSignature, layoutMail, type RenderedMessage } from './mailLayout';
import { renderBody } from './mail/mustacheMail';

interface AlertedAuthorization {
  authorizationId: string;
  approvedVisits?: number | undefined;
  thresholdAlertAt?: string | undefined;
}

/** The authorizations whose threshold stamp is new in `after` (set, and not the one `before` had). */
export function newlyAlertedAuthorizations<T extends AlertedAuthorization>(before: readonly AlertedAuthorization[] | undefined, after: readonly T[]): T[] {
  const previous = new Map((before ?? []).map((item) => [item.authorizationId, item.thresholdAlertAt]));
  return after.filter((item) => item.thresholdAlertAt && previous.get(item.authorizationId) !== item.thresholdAlertAt);
}

/**
 * One alert per authorization and approved count: an arrival rolled back and made again (the stamp
 * moves) alerts nobody twice, while an authorization extended by the payer and run down again does.
 */
export function authorizationAlertKey(authorization: AlertedAuthorization): string {
  return `authorizationLow#${authorization.authorizationId}#${authorization.approvedVisits ?? '-'}`;
}

/**
 * Who hears about a running-out authorization: the active members who deal with payers (billing),
 * run the clinic (manager, owner) and take email. Front desk and providers are left out: they see the
 * alert on the case and in the booking context when it matters to them, and a mail to every member
 * would be noise. The clinic's contact address is used only when no member qualifies: it is the
 * public reply-to address, often a shared inbox, and should not get internal mail otherwise.
 */
export const AUTHORIZATION_ALERT_ROLES: readonly Role[] = ['billing', 'manager', 'owner'];

export interface AlertRecipient {
  /** The member, or `clinic` for the contact address: part of the claim's key. */
  recipientId: string;
  address: string;
}

export function authorizationAlertRecipients(
  members: readonly { memberId: string; email: string; role: Role; active?: boolean; notificationPreferences?: { email?: boolean } }[],
  contactEmail: string | undefined,
): AlertRecipient[] {
  const chosen = members.filter((member) => AUTHORIZATION_ALERT_ROLES.includes(member.role) && member.active !== false && member.notificationPreferences?.email !== false && member.email);
  const seen = new Set<string>();
  const recipients = chosen
    .map((member) => ({ recipientId: member.memberId, address: member.email }))
    .filter((recipient) => !seen.has(recipient.address.toLowerCase()) && seen.add(recipient.address.toLowerCase()));
  if (recipients.length === 0 && contactEmail) return [{ recipientId: 'clinic', address: contactEmail }];
  return recipients;
}

export interface AuthorizationAlertFacts {
  clinicName: string;
  clientName: string;
  caseLabel: string;
  payerName: string;
  remainingVisits: number;
  validTo: string;
}

const ALERT = {
  subject: 'Authorization running out: {{clientName}}, case {{caseLabel}}',
  text: 'An authorization is running out at {{clinicName}}.\n\nClient: {{clientName}}\nCase: {{caseLabel}}\nPayer: {{payerName}}\nRemaining: {{visits}}\nValid to: {{validTo}}\n\nAsk the payer for more visits before booking past it.\n',
  html: '<p>An authorization is running out at {{clinicName}}.</p><p>Client: {{clientName}}<br>Case: {{caseLabel}}<br>Payer: {{payerName}}<br>Remaining: {{visits}}<br>Valid to: {{validTo}}</p><p>Ask the payer for more visits before booking past it.</p>',
};

export function authorizationAlertMessage(facts: AuthorizationAlertFacts, signature?: ClinicSignature): RenderedMessage {
  const visits = `${facts.remainingVisits} authorized visit${facts.remainingVisits === 1 ? '' : 's'} left`;
  return layoutMail({ ...renderBody(ALERT, { ...facts, visits }), signature: signature ?? { name: facts.clinicName } });
}
