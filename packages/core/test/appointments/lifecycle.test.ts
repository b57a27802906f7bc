import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APPOINTMENT_STATUSES,
  type AppointmentStatus,
  ConflictError,
  decideTransition,
  isActiveStatus,
  isLateCancellation,
  STATUS_COUNT_ORDER,
  TRANSITION_ACTORS,
  type TransitionActor,
  ValidationError,
} from '../../src';

/** The documented table, written out independently of the module: "from>to" -> actor. */
const DOCUMENTED: Record<string, TransitionActor> = {
  'booked>confirmed': 'staff',
  'booked>arrived': 'staff',
  'booked>no_show': 'staff',
  'booked>canceled': 'staff',
  'booked>rebooked': 'move',
  'confirmed>booked': 'staff',
  'confirmed>arrived': 'staff',
  'confirmed>no_show': 'staff',
  'confirmed>canceled': 'staff',
  'confirmed>rebooked': 'move',
  'arrived>booked': 'staff',
  'arrived>confirmed': 'staff',
  'arrived>paid': 'billing',
  'no_show>booked': 'staff',
  'paid>arrived': 'billing',
};

const START = '2026-03-10T14:00:00.000Z';
const EARLY = '2026-03-01T09:00:00.000Z';

function request(from: AppointmentStatus, to: AppointmentStatus, actor: TransitionActor) {
  return { from, to, actor, reason: to === 'canceled' ? 'Client is ill' : undefined, start: START, now: EARLY, lateCancelWindowHours: 24 };
}

function conflictOf(run: () => unknown): ConflictError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConflictError);
    return error as ConflictError;
  }
  return expect.unreachable('expected a ConflictError');
}

describe('appointment transitions', () => {
  it('allows exactly the documented (from, to, actor) triples and refuses every other as a 409 naming from and to', () => {
    fc.assert(
      fc.property(fc.constantFrom(...APPOINTMENT_STATUSES), fc.constantFrom(...APPOINTMENT_STATUSES), fc.constantFrom(...TRANSITION_ACTORS), (from, to, actor) => {
        if (DOCUMENTED[`${from}>${to}`] === actor) {
          expect(decideTransition(request(from, to, actor)).status).toBe(to);
        } else {
          const error = conflictOf(() => decideTransition(request(from, to, actor)));
          expect(error.outcome).toBe('conflict');
          expect(error.details).toEqual({ code: 'invalid_transition', extra: { from, to } });
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('covers all 7 x 7 x 3 triples exhaustively as well', () => {
    let allowed = 0;
    for (const from of APPOINTMENT_STATUSES) {
      for (const to of APPOINTMENT_STATUSES) {
        for (const actor of TRANSITION_ACTORS) {
          const legal = DOCUMENTED[`${from}>${to}`] === actor;
          if (legal) allowed++;
          if (legal) expect(decideTransition(request(from, to, actor)).status, `${from} -> ${to} by ${actor}`).toBe(to);
          else expect(() => decideTransition(request(from, to, actor)), `${from} -> ${to} by ${actor}`).toThrow(ConflictError);
        }
      }
    }
    expect(allowed).toBe(Object.keys(DOCUMENTED).length);
  });

  it.each(['canceled', 'rebooked'] as const)('%s is final: no status, by no actor', (from) => {
    for (const to of APPOINTMENT_STATUSES) {
      for (const actor of TRANSITION_ACTORS) expect(() => decideTransition(request(from, to, actor))).toThrow(ConflictError);
    }
  });

  it('leaves Paid only through billing, and enters it only from Arrived', () => {
    expect(conflictOf(() => decideTransition(request('paid', 'arrived', 'staff'))).message).toMatch(/billing/);
    expect(decideTransition(request('paid', 'arrived', 'billing'))).toEqual({ status: 'arrived' });
    expect(() => decideTransition(request('confirmed', 'paid', 'billing'))).toThrow(ConflictError);
    expect(() => decideTransition(request('arrived', 'paid', 'staff'))).toThrow(ConflictError);
  });

  it('refuses a change to the current status', () => {
    expect(conflictOf(() => decideTransition(request('confirmed', 'confirmed', 'staff'))).message).toMatch(/already confirmed/);
  });
});

describe('cancellation', () => {
  const cancel = (now: string, reason: string | undefined, windowHours = 24) =>
    decideTransition({ from: 'booked', to: 'canceled', actor: 'staff', reason, start: START, now, lateCancelWindowHours: windowHours });

  it('is late from exactly the window edge on, and not a millisecond before', () => {
    expect(cancel('2026-03-09T13:59:59.999Z', 'Client is ill').cancellation).toEqual({ reason: 'Client is ill', late: false });
    expect(cancel('2026-03-09T14:00:00.000Z', 'Client is ill').cancellation).toEqual({ reason: 'Client is ill', late: true });
    expect(cancel('2026-03-10T16:00:00.000Z', 'Client is ill').cancellation?.late).toBe(true);
  });

  it('measures the window in real hours across a daylight-saving change', () => {
    // Toronto springs forward on 2026-03-08: 24 hours before 2026-03-08T17:00Z is 2026-03-07T17:00Z (12:00 local EST).
    const start = '2026-03-08T17:00:00.000Z';
    expect(isLateCancellation(start, '2026-03-07T16:59:59.999Z', 24)).toBe(false);
    expect(isLateCancellation(start, '2026-03-07T17:00:00.000Z', 24)).toBe(true);
  });

  it('is never late when the clinic has no window', () => {
    expect(cancel('2026-03-10T14:30:00.000Z', 'Client is ill', 0).cancellation?.late).toBe(false);
  });

  it.each([[undefined], [''], ['   ']])('needs a reason (%j) on reason', (reason) => {
    try {
      cancel(EARLY, reason);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).details.issues?.[0]?.path).toBe('reason');
    }
  });

  it('keeps the reason trimmed, and refuses a reason on any other change', () => {
    expect(cancel(EARLY, '  Weather  ').cancellation?.reason).toBe('Weather');
    expect(() => decideTransition({ ...request('booked', 'confirmed', 'staff'), reason: 'why' })).toThrow(ValidationError);
  });
});

describe('statuses', () => {
  it('holds time while booked, confirmed, arrived or paid; frees it when canceled, rebooked or a no-show', () => {
    expect(APPOINTMENT_STATUSES.filter(isActiveStatus)).toEqual(['booked', 'confirmed', 'arrived', 'paid']);
  });

  it('summarises every status once', () => {
    expect([...STATUS_COUNT_ORDER].sort()).toEqual([...APPOINTMENT_STATUSES].sort());
  });
});
