import type { Runtime } from '../../runtime';
import { openManageLink, signManageLink } from './manageBooking';
import { publicBookingView } from './publicBookingView';
import { enforceRateLimits } from './publicClinicContext';
import { rescheduleOnline } from './rescheduleOnline';

/** Move a booking through its signed manage link (SPEC O4); the moved booking gets its own link. */
export async function rescheduleManagedBooking(runtime: Runtime, token: string, sourceAddress: string, start: string) {
  const managed = await openManageLink(runtime, token);
  await enforceRateLimits(managed.repos, runtime, [['manage:address', sourceAddress]]);
  const moved = await rescheduleOnline(runtime, managed, start);
  return { booking: await publicBookingView(managed.repos, moved, runtime.clock.now().toISOString()), manageToken: await signManageLink(runtime, moved) };
}
