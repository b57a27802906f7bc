/**
 * Which webhook events one stored change means, and what they carry. Payloads hold ids and
 * non-clinical fields only (no names, notes, contacts or case details): an integrator reads the rest
 * through the API with its own permissions.
 */
import type { WebhookEventType, WebhookSourceEntity } from './eventTypes';

type Image = Readonly<Record<string, unknown>>;

export interface SourceChange {
  entity: WebhookSourceEntity;
  before?: Image | undefined;
  after?: Image | undefined;
}

export interface WebhookEvent {
  type: WebhookEventType;
  data: Record<string, unknown>;
}

/** Picks the listed fields that are present, so an absent optional field stays absent. */
function pick(image: Image, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.filter((field) => image[field] !== undefined && image[field] !== null).map((field) => [field, image[field]]));
}

const APPOINTMENT_FIELDS = ['appointmentId', 'caseId', 'clientId', 'calendarId', 'sessionId', 'start', 'end', 'status', 'seriesId', 'rescheduledFromId'] as const;
const CASE_FIELDS = ['caseId', 'clientId', 'caseNumber', 'status', 'statusChangedAt'] as const;
const INVOICE_FIELDS = ['invoiceId', 'invoiceNumber', 'caseId', 'clientId', 'payerId', 'status', 'currency', 'totalMinor', 'paidMinor'] as const;
const PAYMENT_FIELDS = ['paymentId', 'clientId', 'amountMinor', 'method', 'receivedOn'] as const;
const CLIENT_FIELDS = ['clientId', 'status'] as const;

function appointmentEvents(before: Image | undefined, after: Image): WebhookEvent[] {
  const data = pick(after, APPOINTMENT_FIELDS);
  if (!before) return [{ type: after.status === 'canceled' ? 'appointment.canceled' : 'appointment.booked', data }];
  const events: WebhookEvent[] = [];
  if (before.start !== after.start || before.calendarId !== after.calendarId) {
    events.push({ type: 'appointment.moved', data: { ...data, previousStart: before.start, previousCalendarId: before.calendarId } });
  }
  if (before.status !== after.status) {
    const type = after.status === 'canceled' ? 'appointment.canceled' : 'appointment.status_changed';
    events.push({ type, data: { ...data, previousStatus: before.status } });
  }
  return events;
}

function caseEvents(before: Image | undefined, after: Image): WebhookEvent[] {
  const data = pick(after, CASE_FIELDS);
  if (!before) return [{ type: 'case.opened', data }];
  if (before.status !== 'closed' && after.status === 'closed') return [{ type: 'case.closed', data }];
  return [];
}

function invoiceEvents(before: Image | undefined, after: Image): WebhookEvent[] {
  if (before?.status === after.status) return [];
  const data = pick(after, INVOICE_FIELDS);
  if (after.status === 'issued') return [{ type: 'invoice.issued', data }];
  if (after.status === 'paid') return [{ type: 'invoice.paid', data }];
  return [];
}

/** The events of one change, in the order they happened; none for a removal or a change no event names. */
export function webhookEventsFor(change: SourceChange): WebhookEvent[] {
  const { before, after } = change;
  if (!after) return [];
  switch (change.entity) {
    case 'appointment':
      return appointmentEvents(before, after);
    case 'caseFile':
      return caseEvents(before, after);
    case 'invoice':
      return invoiceEvents(before, after);
    case 'payment':
      return before ? [] : [{ type: 'payment.created', data: pick(after, PAYMENT_FIELDS) }];
    case 'client':
      if (before && before.updatedAt === after.updatedAt) return [];
      return [{ type: before ? 'client.updated' : 'client.created', data: pick(after, CLIENT_FIELDS) }];
  }
}
