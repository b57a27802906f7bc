import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Simulation } from './simulation';

const LEADS = [60, 120, 24 * 60, 48 * 60, 7 * 24 * 60];
const ALL = { client: true, provider: false };

const command = fc.oneof(
  fc.record({ op: fc.constant('book' as const), startIn: fc.integer({ min: 30, max: 10 * 24 * 60 }), notify: fc.option(fc.boolean(), { nil: undefined }), online: fc.boolean() }),
  fc.record({ op: fc.constantFrom('cancel' as const, 'noShow' as const, 'confirm' as const, 'rollback' as const, 'edit' as const), pick: fc.nat() }),
  fc.record({ op: fc.constantFrom('reschedule' as const, 'shift' as const), pick: fc.nat(), startIn: fc.integer({ min: 30, max: 10 * 24 * 60 }) }),
  fc.record({ op: fc.constant('rules' as const), leads: fc.subarray(LEADS, { maxLength: 5 }) }),
  fc.record({ op: fc.constant('stream' as const), count: fc.integer({ min: 1, max: 5 }), redeliver: fc.boolean() }),
  fc.record({ op: fc.constant('advance' as const), minutes: fc.integer({ min: 1, max: 3 * 24 * 60 }), seed: fc.nat() }),
);

type Command = typeof command extends fc.Arbitrary<infer T> ? T : never;

function run(commands: Command[], offset: number): Simulation {
  const sim = new Simulation(Date.parse('2026-10-28T12:00:00Z'), {
    reminders: [{ leadMinutes: 24 * 60 }],
    newBookingOffsetMinutes: offset,
    notices: { newBooking: ALL, reschedule: ALL, cancellation: ALL, noShow: ALL },
  });
  const pick = (n: number) => {
    const ids = [...sim.appointments.keys()];
    return ids.length ? ids[n % ids.length]! : '';
  };
  for (const c of commands) {
    switch (c.op) {
      case 'book': sim.book(c.startIn, c.notify, c.online); break;
      case 'cancel': sim.setStatus(pick(c.pick), 'canceled', ['booked', 'confirmed']); break;
      case 'noShow': sim.setStatus(pick(c.pick), 'no_show', ['booked', 'confirmed']); break;
      case 'confirm': sim.setStatus(pick(c.pick), 'confirmed', ['booked']); break;
      case 'rollback': sim.setStatus(pick(c.pick), 'booked', ['no_show', 'confirmed']); break;
      case 'edit': sim.edit(pick(c.pick)); break;
      case 'reschedule': sim.reschedule(pick(c.pick), c.startIn); break;
      case 'shift': sim.shift(pick(c.pick), c.startIn); break;
      case 'rules': sim.changeRules(c.leads); break;
      case 'stream': sim.processStream(c.count, c.redeliver); break;
      case 'advance': sim.advance(c.minutes, (name) => (name.length + c.seed) % 5 === 0, (name) => (name.length + c.seed) % 3 === 0); break;
    }
  }
  return sim;
}

describe('notification planning under random sequences (1,000 runs)', () => {
  it('never reminds of a canceled or outdated time, and sends each message at most once', () => {
    const sentKinds = new Map<string, number>();
    fc.assert(
      fc.property(fc.array(command, { minLength: 5, maxLength: 40 }), fc.integer({ min: 0, max: 5 }), (commands, offset) => {
        const sim = run(commands, offset);
        const keys = sim.sent.map((message) => message.key);
        for (const message of sim.sent) sentKinds.set(message.payload.kind, (sentKinds.get(message.payload.kind) ?? 0) + 1);
        expect(new Set(keys).size).toBe(keys.length);
        for (const message of sim.sent) {
          const { payload, appointment, at } = message;
          if (payload.kind === 'reminder') {
            expect(['booked', 'confirmed']).toContain(appointment.status);
            expect(appointment.start).toBe(payload.start);
            expect(at).toBeLessThan(Date.parse(appointment.start));
            // Never early: at or after the lead time before the start.
            expect(at).toBeGreaterThanOrEqual(Date.parse(appointment.start) - payload.leadMinutes * 60_000);
            expect(message.leads).toContain(payload.leadMinutes);
          }
          if (payload.kind === 'cancellation') expect(appointment.status).toBe('canceled');
          if (payload.kind === 'noShow') expect(appointment.status).toBe('no_show');
          if (payload.kind === 'newBooking' || payload.kind === 'reschedule') expect(['booked', 'confirmed']).toContain(appointment.status);
        }
      }),
      { numRuns: 1000 },
    );
    // Not vacuous: the runs did send every kind of message.
    for (const kind of ['reminder', 'newBooking', 'reschedule', 'cancellation', 'noShow']) expect(sentKinds.get(kind) ?? 0, kind).toBeGreaterThan(10);
  });

  it('once the stream has caught up, every future reminder of every booked appointment is scheduled', () => {
    fc.assert(
      fc.property(fc.array(command, { minLength: 5, maxLength: 30 }), (commands) => {
        const sim = run(commands, 2);
        sim.processStream(10_000, false);
        for (const appointment of sim.appointments.values()) {
          if (!['booked', 'confirmed'].includes(appointment.status)) continue;
          sim.settings.reminders.forEach((rule, slot) => {
            const fireAt = Date.parse(appointment.start) - rule.leadMinutes * 60_000;
            if (fireAt <= sim.now) return;
            const schedule = sim.schedules.get(`01JCL1N1C000000000000000AA-${appointment.appointmentId}-r${slot}`);
            expect(schedule?.payload).toMatchObject({ kind: 'reminder', start: appointment.start, version: appointment.version, leadMinutes: rule.leadMinutes });
          });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('sends one new-booking message describing the final state when the desk edits quickly', () => {
    const sim = new Simulation(Date.parse('2026-10-28T12:00:00Z'), { newBookingOffsetMinutes: 3, notices: { newBooking: ALL, reschedule: ALL, cancellation: ALL, noShow: ALL } });
    const first = sim.book(24 * 60);
    sim.processStream(10, false);
    sim.advance(1, () => false, () => false);
    sim.reschedule(first, 26 * 60);
    sim.processStream(10, false);
    sim.advance(5, () => false, () => false);

    expect(sim.sent).toHaveLength(1);
    expect(sim.sent[0]).toMatchObject({ payload: { kind: 'newBooking', appointmentId: first }, appointment: { rescheduledFromId: first, status: 'booked' } });
  });

  it('leaves every client with mail describing the final state of each booking, however quickly it changed (offset merges, never loses)', () => {
    // Without no-show and its rollback, whose notices are not about the booking's time or existence.
    const changes = command.filter((c) => c.op !== 'noShow' && c.op !== 'rollback' && c.op !== 'shift');
    fc.assert(
      fc.property(fc.array(changes, { minLength: 5, maxLength: 40 }), fc.integer({ min: 1, max: 5 }), (commands, offset) => {
        const sim = run(commands, offset);
        sim.processStream(10_000, false);
        sim.advance(offset + 1, () => false, () => false);
        for (const root of sim.appointments.values()) {
          if (root.rescheduledFromId) continue;
          const chain = [root];
          while (chain.at(-1)!.rescheduledToId) chain.push(sim.appointments.get(chain.at(-1)!.rescheduledToId!)!);
          const ids = new Set(chain.map((appointment) => appointment.appointmentId));
          const told = sim.sent.filter((message) => message.payload.kind !== 'reminder' && ids.has(message.appointment.appointmentId));
          const last = told.at(-1);
          if (!last) continue;
          const final = chain.at(-1)!;
          if (final.status === 'canceled') expect(last.payload.kind).toBe('cancellation');
          else expect([last.payload.kind, last.appointment.start]).toEqual([expect.stringMatching(/^(newBooking|reschedule)$/), final.start]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('tells a client who booked online of a move and of a cancel made within the offset, and the provider once, of the final state', () => {
    const sim = new Simulation(Date.parse('2026-10-28T12:00:00Z'), { newBookingOffsetMinutes: 2, notices: { newBooking: ALL, reschedule: ALL, cancellation: ALL, noShow: ALL } });
    const moved = sim.book(24 * 60, undefined, true);
    const canceled = sim.book(25 * 60, undefined, true);
    sim.processStream(10, false);
    sim.reschedule(moved, 26 * 60);
    sim.setStatus(canceled, 'canceled', ['booked']);
    sim.processStream(10, false);
    sim.advance(5, () => false, () => false);

    expect(sim.sent.map((message) => [message.payload.kind, message.appointment.start])).toEqual([
      ['newBooking', '2026-10-29T12:00:00.000Z'],
      ['newBooking', '2026-10-29T13:00:00.000Z'],
      ['reschedule', '2026-10-29T14:00:00.000Z'],
      ['cancellation', '2026-10-29T13:00:00.000Z'],
    ]);
  });
});
