import { describe, expect, it } from 'vitest';
import { DEFAULT_NOTIFICATION_SETTINGS, type NotificationSettings, planNotifications, type PlannedAppointment, recipientsFor, staleReason } from '../../src';

const CLINIC = '01JCL1N1C000000000000000AA';
const ID = '01JAPP0000000000000000000A';
const NOW = '2026-06-01T12:00:00Z';
const ON = { client: true, provider: true };
const settings: NotificationSettings = {
  ...DEFAULT_NOTIFICATION_SETTINGS,
  notices: { newBooking: ON, reschedule: ON, cancellation: ON, noShow: ON },
  newBookingOffsetMinutes: 2,
  reminders: [{ leadMinutes: 1440 }, { leadMinutes: 120 }],
};
const appointment = (fields: Partial<PlannedAppointment> = {}): PlannedAppointment => ({
  clinicId: CLINIC,
  appointmentId: ID,
  start: '2026-06-05T14:00:00Z',
  status: 'booked',
  version: 1,
  createdAt: NOW,
  ...fields,
});
const plan = (before: PlannedAppointment | undefined, after: PlannedAppointment | undefined, now = NOW, root?: PlannedAppointment) =>
  planNotifications({ before, after, root, settings, reminderSlots: 2, timeZone: 'America/Toronto', now });
const suffixes = (names: string[]) => names.map((name) => name.slice(CLINIC.length + ID.length + 2));

describe('the notification planner', () => {
  it('plans a delayed new-booking notice and one schedule per reminder for a new booking', () => {
    const result = plan(undefined, appointment());
    expect(result.upsert.map((schedule) => [suffixes([schedule.name])[0], schedule.at])).toEqual([
      ['r0', '2026-06-04T14:00:00Z'],
      ['r1', '2026-06-05T12:00:00Z'],
      ['nb', '2026-06-01T12:02:00Z'],
    ]);
    expect(result.remove).toEqual([]);
    expect(result.sendNow).toEqual([]);
  });

  it('sends nothing at booking when staff turned the notice off, and sends it at once with no offset', () => {
    expect(plan(undefined, appointment({ notify: false })).upsert.map((schedule) => schedule.payload.kind)).toEqual(['reminder', 'reminder']);
    const immediate = planNotifications({ after: appointment(), settings: { ...settings, newBookingOffsetMinutes: 0 }, reminderSlots: 2, timeZone: 'UTC', now: NOW });
    expect(immediate.sendNow).toEqual([{ kind: 'newBooking', clinicId: CLINIC, appointmentId: ID }]);
  });

  it('skips a reminder whose time has passed, but still sends one that is only just late', () => {
    const late = plan(undefined, appointment({ start: '2026-06-02T11:55:00Z' }), NOW);
    expect(late.upsert.filter((schedule) => schedule.payload.kind === 'reminder').map((schedule) => schedule.at)).toEqual(['2026-06-02T09:55:00Z']);
    expect(late.sendNow).toEqual([expect.objectContaining({ kind: 'reminder', leadMinutes: 1440 })]);
    const tooLate = plan(undefined, appointment({ start: '2026-06-02T11:00:00Z' }), NOW);
    expect(suffixes(tooLate.upsert.map((schedule) => schedule.name))).toEqual(['r1', 'nb']);
  });

  it('removes every reminder on cancel and sends the cancellation, unless the booking was never announced', () => {
    const canceled = plan(appointment(), appointment({ status: 'canceled', version: 2 }), '2026-06-01T13:00:00Z');
    expect(suffixes(canceled.remove)).toEqual(['r0', 'r1']);
    expect(canceled.sendNow).toEqual([{ kind: 'cancellation', clinicId: CLINIC, appointmentId: ID, version: 2 }]);

    const quick = plan(appointment(), appointment({ status: 'canceled', version: 2 }), '2026-06-01T12:01:00Z');
    expect(suffixes(quick.remove)).toEqual(['r0', 'r1', 'nb']);
    expect(quick.sendNow).toEqual([]);
  });

  it('sends a no-show notice and removes reminders; rolling it back plans them again', () => {
    const noShow = plan(appointment(), appointment({ status: 'no_show', version: 2 }), '2026-06-01T13:00:00Z');
    expect(noShow.sendNow.map((payload) => payload.kind)).toEqual(['noShow']);
    expect(suffixes(noShow.remove)).toEqual(['r0', 'r1']);
    expect(plan(appointment({ status: 'no_show', version: 2 }), appointment({ version: 3 }), '2026-06-01T13:00:00Z').upsert).toHaveLength(2);
  });

  it("announces a moved booking as a reschedule, unless the original's new-booking notice is still waiting", () => {
    const moved = appointment({ appointmentId: '01JAPP0000000000000000000B', rescheduledFromId: ID, createdAt: '2026-06-01T13:00:00Z' });
    expect(plan(undefined, moved, '2026-06-01T13:00:00Z', appointment()).sendNow.map((payload) => payload.kind)).toEqual(['reschedule']);
    expect(plan(undefined, moved, '2026-06-01T12:01:00Z', appointment()).sendNow).toEqual([]);
  });

  it('tells a client who booked online of a move or cancel within the offset at once, leaving the provider to the merged notice', () => {
    const online = appointment({ mode: 'online' });
    const moved = appointment({ appointmentId: '01JAPP0000000000000000000B', rescheduledFromId: ID, createdAt: '2026-06-01T12:01:00Z', mode: 'online' });
    expect(plan(undefined, moved, '2026-06-01T12:01:00Z', online).sendNow).toEqual([
      { kind: 'reschedule', clinicId: CLINIC, appointmentId: moved.appointmentId, version: 1, audiences: ['client'] },
    ]);
    const canceled = plan(online, { ...online, status: 'canceled', version: 2 }, '2026-06-01T12:01:00Z');
    expect(suffixes(canceled.remove)).toEqual(['r0', 'r1', 'nb']);
    expect(canceled.sendNow).toEqual([{ kind: 'cancellation', clinicId: CLINIC, appointmentId: ID, version: 2, audiences: ['client'] }]);
    // Once the offset has passed, everyone hears of it directly.
    expect(plan(undefined, moved, '2026-06-01T12:03:00Z', online).sendNow).toEqual([{ kind: 'reschedule', clinicId: CLINIC, appointmentId: moved.appointmentId, version: 1 }]);
  });

  it('announces a start changed in place as a reschedule, with the previous start', () => {
    const changed = plan(appointment(), appointment({ start: '2026-06-06T14:00:00Z', version: 2 }), '2026-06-01T13:00:00Z');
    expect(changed.sendNow).toEqual([{ kind: 'reschedule', clinicId: CLINIC, appointmentId: ID, version: 2, previousStart: '2026-06-05T14:00:00Z' }]);
    expect(changed.upsert.map((schedule) => schedule.at)).toEqual(['2026-06-05T14:00:00Z', '2026-06-06T12:00:00Z']);
  });

  it("does not announce a repeat's extra dates one by one", () => {
    expect(plan(undefined, appointment({ seriesId: '01JSER0000000000000000000A' })).upsert.map((schedule) => schedule.payload.kind)).toEqual(['reminder', 'reminder']);
  });
});

describe('delivery decisions', () => {
  const reminder = { kind: 'reminder' as const, clinicId: CLINIC, appointmentId: ID, slot: 0, leadMinutes: 1440, start: '2026-06-05T14:00:00Z', version: 1 };

  it.each([
    ['canceled', appointment({ status: 'canceled' }), 'not_active'],
    ['another version', appointment({ version: 2 }), 'outdated'],
    ['another start', appointment({ start: '2026-06-06T14:00:00Z' }), 'moved'],
    ['gone', undefined, 'missing'],
  ])('does not remind of an appointment that is %s', (_name, current, reason) => {
    expect(staleReason(reminder, current, settings, '2026-06-04T14:00:00Z')).toBe(reason);
  });

  it('does not send a reminder whose rule was removed, nor after the start', () => {
    expect(staleReason(reminder, appointment(), { ...settings, reminders: [{ leadMinutes: 60 }] }, '2026-06-04T14:00:00Z')).toBe('rule_removed');
    expect(staleReason(reminder, appointment(), settings, '2026-06-05T14:00:00Z')).toBe('too_late');
    expect(staleReason(reminder, appointment(), settings, '2026-06-04T14:00:00Z')).toBeUndefined();
  });

  it("honours the client's and the provider's own preferences", () => {
    const client = { email: 'ann@example.com', communication: { email: true, reminders: false } };
    const provider = { email: 'pat@example.com', notificationPreferences: { email: true, newBooking: false } };
    expect(recipientsFor('reminder', settings, client, provider)).toEqual([{ audience: 'client', skip: 'opted_out' }]);
    expect(recipientsFor('newBooking', settings, client, provider)).toEqual([
      { audience: 'client', address: 'ann@example.com' },
      { audience: 'provider', skip: 'opted_out' },
    ]);
    expect(recipientsFor('cancellation', settings, {}, provider)).toEqual([
      { audience: 'client', skip: 'no_address' },
      { audience: 'provider', address: 'pat@example.com' },
    ]);
  });
});
