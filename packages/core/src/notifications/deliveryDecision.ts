/**
 * What a firing schedule decides before anything is sent (SPEC N2): the appointment is re-read and a
 * reminder goes out only if it is still booked or confirmed, at the start, version and rule it was
 * planned for, and the start is still ahead. Notices check that the status they announce still holds.
 */
import { Temporal } from 'temporal-polyfill';
import type { AppointmentStatus } from '../appointments/lifecycle';
import type { Audience, MessageKind, NotificationSettings, SkipReason } from '../schemas/notification';
import type { DeliveryPayload } from './deliveryPayload';
import { isRemindedStatus, type PlannedAppointment } from './planner';

export type StaleReason = 'missing' | 'not_active' | 'moved' | 'outdated' | 'rule_removed' | 'too_late' | 'status_changed';

const NOTICE_STATUS: Readonly<Record<'reschedule' | 'cancellation' | 'noShow', readonly AppointmentStatus[]>> = {
  reschedule: ['booked', 'confirmed'],
  cancellation: ['canceled'],
  noShow: ['no_show'],
};

/** Why this delivery is stale, or undefined when it should go out. `appointment` is the one the message describes. */
export function staleReason(payload: DeliveryPayload, appointment: PlannedAppointment | undefined, settings: NotificationSettings, now: string): StaleReason | undefined {
  if (!appointment) return 'missing';
  switch (payload.kind) {
    case 'reminder':
      if (!isRemindedStatus(appointment.status)) return 'not_active';
      if (appointment.start !== payload.start) return 'moved';
      if (appointment.version !== payload.version) return 'outdated';
      if (!settings.reminders.some((rule) => rule.leadMinutes === payload.leadMinutes)) return 'rule_removed';
      if (Temporal.Instant.compare(Temporal.Instant.from(now), Temporal.Instant.from(appointment.start)) >= 0) return 'too_late';
      return undefined;
    case 'newBooking':
      return isRemindedStatus(appointment.status) ? undefined : 'not_active';
    default:
      return NOTICE_STATUS[payload.kind].includes(appointment.status as AppointmentStatus) ? undefined : 'status_changed';
  }
}

/** The log key of one message: at most one message per appointment, kind (reminder lead time) and audience. */
export function deliveryKey(payload: DeliveryPayload, audience: Audience): string {
  return payload.kind === 'reminder' ? `reminder#${payload.leadMinutes}#${audience}` : `${payload.kind}#${audience}`;
}

export interface ClientContact {
  email?: string | undefined;
  status?: string | undefined;
  communication?: { email?: boolean; reminders?: boolean } | undefined;
}

export interface ProviderContact {
  email?: string | undefined;
  active?: boolean | undefined;
  notificationPreferences?: Partial<Record<'email' | 'newBooking' | 'reschedule' | 'cancellation' | 'noShow', boolean>> | undefined;
}

export interface Recipient {
  audience: Audience;
  address?: string;
  /** Set when this recipient gets nothing; the skip is logged on the appointment. */
  skip?: SkipReason;
}

/** Who a message goes to: reminders to the client; notices to client and provider as the settings say, honouring each one's preferences. */
export function recipientsFor(kind: MessageKind, settings: NotificationSettings, client: ClientContact | undefined, provider: ProviderContact | undefined): Recipient[] {
  const recipients: Recipient[] = [];
  const toClient = kind === 'reminder' ? settings.reminders.length > 0 : settings.notices[kind].client;
  if (toClient) {
    const optedOut = client?.status === 'archived' || client?.communication?.email === false || (kind === 'reminder' && client?.communication?.reminders === false);
    if (!client?.email) recipients.push({ audience: 'client', skip: 'no_address' });
    else if (optedOut) recipients.push({ audience: 'client', skip: 'opted_out' });
    else recipients.push({ audience: 'client', address: client.email });
  }
  if (kind !== 'reminder' && settings.notices[kind].provider && provider) {
    const preferences = provider.notificationPreferences ?? {};
    if (!provider.email) recipients.push({ audience: 'provider', skip: 'no_address' });
    else if (provider.active === false || preferences.email === false || preferences[kind] === false) recipients.push({ audience: 'provider', skip: 'opted_out' });
    else recipients.push({ audience: 'provider', address: provider.email });
  }
  return recipients;
}
