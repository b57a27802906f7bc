/**
 * An offer's expiry schedule fired (SPEC A9): an offer still waiting expires and the opening's next
 * round offers the place to the next person (the cascade). A repeated firing, or one for an offer
 * already answered or withdrawn, changes nothing.
 */
import type { ClinicRepositories } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { runOfferRound } from './offerRound';

export async function expireOffer(repos: ClinicRepositories, runtime: Runtime, openingId: string, entryId: string): Promise<'expired' | 'unchanged'> {
  const offer = await repos.waitlist.getOffer(openingId, entryId);
  if (!offer || offer.status !== 'offered') return 'unchanged';
  // EventBridge may fire a little early; the link's own expiry is what the client sees.
  if (Date.parse(offer.expiresAt) > runtime.clock.now().getTime() + 60_000) return 'unchanged';
  if (!(await repos.waitlist.setOfferStatus(openingId, entryId, 'offered', 'expired'))) return 'unchanged';
  await runOfferRound(repos, runtime, openingId);
  return 'expired';
}
