/**
 * One round of offers for one opening (SPEC A9): the matches not yet offered, up to the batch size
 * less the offers still waiting for an answer. Run when the opening appears, when an offer expires,
 * and on a redelivered record (then every match is claimed already and nothing is sent).
 */
import { planOfferRound } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { openingMatches } from './openingMatches';
import { sendOffer } from './sendOffer';
import { waitlistSettings } from './waitlistSettings';

export async function runOfferRound(repos: ClinicRepositories, runtime: Runtime, openingId: string): Promise<number> {
  const settings = waitlistSettings();
  let sent = 0;
  // Someone unreachable frees their place at once; a few passes fill the batch behind them.
  for (let pass = 0; pass < 5; pass++) {
    const opening = await repos.waitlist.getOpening(openingId);
    if (!opening || opening.status !== 'open') return sent;
    const found = await openingMatches(repos, runtime, opening);
    const offers = await repos.waitlist.offersOfOpening(openingId);
    const next = planOfferRound({ openingStatus: opening.status, matches: found.matches, offers, batchSize: settings.batchSize, now: runtime.clock.now().toISOString() });
    if (next.length === 0) return sent;
    let passedOver = false;
    for (const match of next) {
      const outcome = await sendOffer(repos, runtime, opening, match, { timeZone: found.timeZone, providerName: found.calendar.name, settings, locationId: found.calendar.locationId });
      if (outcome === 'sent') sent += 1;
      if (outcome === 'unreachable') passedOver = true;
    }
    if (!passedOver) return sent;
  }
  return sent;
}
