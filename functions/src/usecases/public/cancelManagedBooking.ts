import type { Runtime } from '../../runtime';
import { cancelOnline, openManageLink } from './manageBooking';
import { publicBookingView } from './publicBookingView';
import { enforceRateLimits } from './publicClinicContext';

/** Cancel through the signed manage link (SPEC O4), rate-limited per source address. */
export async function cancelManagedBooking(runtime: Runtime, token: string, sourceAddress: string) {
  const managed = await openManageLink(runtime, token);
  await enforceRateLimits(managed.repos, runtime, [['manage:address', sourceAddress]]);
  const canceled = await cancelOnline(runtime, managed);
  return publicBookingView(managed.repos, canceled, runtime.clock.now().toISOString());
}
