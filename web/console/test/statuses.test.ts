import { describe, expect, it } from 'vitest';
import { actionLabel, canMove, staffActions } from '../src/schedule/statuses';

describe('status actions', () => {
  it('offers arrive, confirm, no-show and cancel on a booked visit, rollbacks after', () => {
    expect(staffActions('booked')).toEqual(['arrived', 'confirmed', 'no_show', 'canceled']);
    expect(staffActions('arrived').map((to) => actionLabel('arrived', to))).toEqual(['Back to Booked', 'Back to Confirmed']);
    expect(staffActions('no_show').map((to) => actionLabel('no_show', to))).toEqual(['Back to Booked']);
  });

  it('leaves paid, canceled and rebooked alone, and moves only visits that have not happened', () => {
    expect([staffActions('paid'), staffActions('canceled'), staffActions('rebooked')]).toEqual([[], [], []]);
    expect(['booked', 'confirmed', 'arrived', 'paid', 'no_show'].map((status) => canMove(status as never))).toEqual([true, true, false, false, false]);
  });
});
