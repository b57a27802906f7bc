import { describe, expect, it } from 'vitest';
import { activeSecrets, nextWebhookAttempt, rotatedSecrets, WEBHOOK_RETRY_DELAYS_SECONDS, webhookEventsFor } from '../../src/index';

const appointment = { appointmentId: 'A', caseId: 'C', clientId: 'K', calendarId: 'P', sessionId: 'S', start: '2027-01-04T15:00:00.000Z', end: '2027-01-04T15:30:00.000Z', status: 'booked', notes: 'Knee pain' };

describe('webhook events of a change', () => {
  it.each([
    ['a new appointment', undefined, appointment, ['appointment.booked']],
    ['a move', appointment, { ...appointment, start: '2027-01-05T15:00:00.000Z' }, ['appointment.moved']],
    ['a cancellation', appointment, { ...appointment, status: 'canceled' }, ['appointment.canceled']],
    ['an arrival', appointment, { ...appointment, status: 'arrived' }, ['appointment.status_changed']],
    ['a move and a confirmation at once', appointment, { ...appointment, calendarId: 'Q', status: 'confirmed' }, ['appointment.moved', 'appointment.status_changed']],
    ['a change no event names', appointment, { ...appointment, notes: 'Better' }, []],
  ] as const)('%s', (_name, before, after, types) => {
    expect(webhookEventsFor({ entity: 'appointment', before, after }).map((event) => event.type)).toEqual(types);
  });

  it('carries ids and non-clinical fields only', () => {
    const [event] = webhookEventsFor({ entity: 'appointment', after: appointment });
    expect(event!.data).not.toHaveProperty('notes');
    const [client] = webhookEventsFor({ entity: 'client', after: { clientId: 'K', firstName: 'Ann', lastName: 'Lee', status: 'active', updatedAt: 'x' } });
    expect(client!.data).toEqual({ clientId: 'K', status: 'active' });
  });

  it('names invoices issued and paid, cases opened and closed, payments once', () => {
    expect(webhookEventsFor({ entity: 'invoice', before: { status: 'draft' }, after: { invoiceId: 'I', status: 'issued' } })[0]?.type).toBe('invoice.issued');
    expect(webhookEventsFor({ entity: 'invoice', before: { status: 'issued' }, after: { invoiceId: 'I', status: 'paid' } })[0]?.type).toBe('invoice.paid');
    expect(webhookEventsFor({ entity: 'caseFile', after: { caseId: 'C', status: 'open' } })[0]?.type).toBe('case.opened');
    expect(webhookEventsFor({ entity: 'caseFile', before: { status: 'open' }, after: { caseId: 'C', status: 'closed' } })[0]?.type).toBe('case.closed');
    expect(webhookEventsFor({ entity: 'payment', before: { paymentId: 'P' }, after: { paymentId: 'P', refundedMinor: 100 } })).toEqual([]);
  });
});

describe('webhook retries and secrets', () => {
  it('retries for more than 24 hours, then gives up', () => {
    const total = WEBHOOK_RETRY_DELAYS_SECONDS.reduce((sum, delay) => sum + delay, 0);
    expect(total).toBeGreaterThan(24 * 3600);
    expect(nextWebhookAttempt(1)).toEqual({ retryInSeconds: 5 });
    expect(nextWebhookAttempt(WEBHOOK_RETRY_DELAYS_SECONDS.length + 1)).toEqual({ giveUp: true });
  });

  it('keeps a rotated secret signing for the overlap only', () => {
    const now = Date.parse('2027-01-01T00:00:00Z');
    const rotated = rotatedSecrets([{ secret: 'old' }], 'new', now);
    expect(activeSecrets(rotated.secrets, now + 3600_000).map((secret) => secret.secret)).toEqual(['new', 'old']);
    expect(activeSecrets(rotated.secrets, now + 25 * 3600_000).map((secret) => secret.secret)).toEqual(['new']);
  });
});
