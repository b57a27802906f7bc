/**
 * A clinic's notifications in miniature, for property tests: appointments changing over time, a
 * stream that may lag and redeliver, a scheduler that fires late or twice, and delivery through the
 * core's own planner and decisions. The conditional send record is a set of keys here; the real one
 * is tested on DynamoDB Local.
 */
import {
  DEFAULT_NOTIFICATION_SETTINGS,
  type DeliveryPayload,
  deliveryKey,
  isForAudience,
  type NotificationSettings,
  planNotifications,
  type PlannedAppointment,
  type PlannedSchedule,
  staleReason,
} from '../../src';

export interface SimAppointment extends PlannedAppointment {
  rescheduledToId?: string;
}

export interface SentMessage {
  payload: DeliveryPayload;
  key: string;
  at: number;
  /** The appointment as it was when the message went out. */
  appointment: SimAppointment;
  /** The reminder lead times in force when it went out. */
  leads: number[];
}

const ZONE = 'America/Toronto';
const CLINIC = '01JCL1N1C000000000000000AA';

export class Simulation {
  now: number;
  settings: NotificationSettings;
  reminderSlots = 0;
  readonly appointments = new Map<string, SimAppointment>();
  readonly schedules = new Map<string, PlannedSchedule>();
  readonly sent: SentMessage[] = [];
  private readonly sentKeys = new Set<string>();
  private readonly stream: { before?: SimAppointment; after: SimAppointment }[] = [];
  private nextId = 0;

  constructor(start: number, settings: Partial<NotificationSettings> = {}) {
    this.now = start;
    this.settings = { ...DEFAULT_NOTIFICATION_SETTINGS, ...settings };
    this.reminderSlots = this.settings.reminders.length;
  }

  get nowIso(): string {
    return new Date(this.now).toISOString();
  }

  private write(next: SimAppointment): void {
    const before = this.appointments.get(next.appointmentId);
    this.appointments.set(next.appointmentId, next);
    this.stream.push({ ...(before ? { before } : {}), after: next });
  }

  /** An online booking (`online`) confirms to the client at once, as the booking page does, and claims the client's new-booking notice. */
  book(startOffsetMinutes: number, notify?: boolean, online = false): string {
    const appointmentId = `A${String(++this.nextId).padStart(25, '0')}`;
    if (online) {
      const payload: DeliveryPayload = { kind: 'newBooking', clinicId: CLINIC, appointmentId };
      const key = `${appointmentId}|${deliveryKey(payload, 'client')}`;
      this.sentKeys.add(key);
      const start = new Date(this.now + startOffsetMinutes * 60_000).toISOString();
      this.sent.push({ payload, key, at: this.now, appointment: { clinicId: CLINIC, appointmentId, start, status: 'booked', version: 1, createdAt: this.nowIso, mode: 'online' }, leads: [] });
    }
    this.write({
      ...(online ? { mode: 'online' } : {}),
      clinicId: CLINIC,
      appointmentId,
      start: new Date(this.now + startOffsetMinutes * 60_000).toISOString(),
      status: 'booked',
      version: 1,
      createdAt: this.nowIso,
      ...(notify !== undefined ? { notify } : {}),
    });
    return appointmentId;
  }

  private change(id: string, fields: Partial<SimAppointment>): SimAppointment | undefined {
    const current = this.appointments.get(id);
    if (!current) return undefined;
    const next = { ...current, ...fields, version: current.version + 1 };
    this.write(next);
    return next;
  }

  setStatus(id: string, status: string, from: readonly string[]): void {
    if (from.includes(this.appointments.get(id)?.status ?? '')) this.change(id, { status });
  }

  edit(id: string): void {
    this.change(id, {});
  }

  /** A start changed in place (the other way to reschedule): reminders move with it. */
  shift(id: string, startOffsetMinutes: number): void {
    if (['booked', 'confirmed'].includes(this.appointments.get(id)?.status ?? '')) this.change(id, { start: new Date(this.now + startOffsetMinutes * 60_000).toISOString() });
  }

  /** A move: a new appointment at the new start, the old one rebooked, linked both ways. */
  reschedule(id: string, startOffsetMinutes: number): void {
    const current = this.appointments.get(id);
    if (!current || !['booked', 'confirmed'].includes(current.status)) return;
    const appointmentId = `A${String(++this.nextId).padStart(25, '0')}`;
    this.write({
      clinicId: CLINIC,
      appointmentId,
      start: new Date(this.now + startOffsetMinutes * 60_000).toISOString(),
      status: 'booked',
      version: 1,
      createdAt: this.nowIso,
      rescheduledFromId: id,
      ...(current.mode ? { mode: current.mode } : {}),
      ...(current.notify !== undefined ? { notify: current.notify } : {}),
    });
    this.change(id, { status: 'rebooked', rescheduledToId: appointmentId });
  }

  /** New rules re-plan every future appointment (the background job, done at once here). */
  changeRules(leads: number[]): void {
    this.settings = { ...this.settings, reminders: leads.map((leadMinutes) => ({ leadMinutes })) };
    this.reminderSlots = Math.max(this.reminderSlots, leads.length);
    for (const appointment of this.appointments.values()) {
      if (Date.parse(appointment.start) <= this.now) continue;
      this.apply(appointment, appointment);
    }
  }

  private rootOf(appointment: SimAppointment): SimAppointment {
    let root = appointment;
    for (let hops = 0; root.rescheduledFromId && hops < 10; hops++) root = this.appointments.get(root.rescheduledFromId) ?? root;
    return root;
  }

  private apply(before: SimAppointment | undefined, after: SimAppointment): void {
    const plan = planNotifications({
      before,
      after,
      root: this.rootOf(after),
      settings: this.settings,
      reminderSlots: this.reminderSlots,
      timeZone: ZONE,
      now: this.nowIso,
    });
    for (const name of plan.remove) this.schedules.delete(name);
    for (const schedule of plan.upsert) this.schedules.set(schedule.name, schedule);
    for (const payload of plan.sendNow) this.deliver(payload);
  }

  /**
   * Delivers queued stream records in order; `redeliver` hands the batch again afterwards, in order,
   * as Lambda retries a batch from its first failed record (ReportBatchItemFailures).
   */
  processStream(count: number, redeliver: boolean): void {
    const batch = this.stream.splice(0, count);
    for (const record of batch) this.apply(record.before, record.after);
    if (redeliver) for (const record of batch) this.apply(record.before, record.after);
  }

  /** Moves the clock and fires what is due, earliest first; `skip` leaves some due schedules for later (late firing), `duplicate` fires some twice. */
  advance(minutes: number, skip: (name: string) => boolean, duplicate: (name: string) => boolean): void {
    this.now += minutes * 60_000;
    const due = [...this.schedules.values()].filter((schedule) => Date.parse(schedule.at) <= this.now).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    for (const schedule of due) {
      if (skip(schedule.name)) continue;
      this.deliver(schedule.payload);
      if (duplicate(schedule.name)) this.deliver(schedule.payload);
      // ActionAfterCompletion: DELETE, unless the schedule was replaced meanwhile.
      if (this.schedules.get(schedule.name) === schedule) this.schedules.delete(schedule.name);
    }
  }

  private deliver(payload: DeliveryPayload): void {
    let described = this.appointments.get(payload.appointmentId);
    if (payload.kind === 'newBooking') {
      for (let hops = 0; described?.rescheduledToId && hops < 10; hops++) described = this.appointments.get(described.rescheduledToId);
    }
    if (staleReason(payload, described, this.settings, this.nowIso) || !isForAudience(payload, 'client')) return;
    const key = `${payload.appointmentId}|${deliveryKey(payload, 'client')}`;
    if (this.sentKeys.has(key)) return;
    this.sentKeys.add(key);
    this.sent.push({ payload, key, at: this.now, appointment: { ...described! }, leads: this.settings.reminders.map((rule) => rule.leadMinutes) });
  }
}
