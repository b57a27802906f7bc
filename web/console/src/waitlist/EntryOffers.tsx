/** The openings offered to one entry and what came of each. */
import { Badge, Stack, Text } from '@mantine/core';
import { displayInstant } from '../lib/zonedTime';
import { QueryState } from '../ui/QueryState';
import { useEntryOffers } from './waitlistQueries';
import { OFFER_COLORS, offerState } from './waitlistView';

export function EntryOffers({ entryId, timeZone }: { entryId: string; timeZone: string }) {
  const offers = useEntryOffers(entryId);
  if (!offers.data) return <QueryState query={offers} label="the offers" />;
  if (offers.data.items.length === 0) return <Text size="sm" c="dimmed">Nothing offered yet.</Text>;
  const now = Date.now();
  return (
    <Stack gap={2} component="ul" className="plain-list" aria-label="Offers">
      {offers.data.items.map((offer) => {
        const state = offerState(offer, now);
        return (
          <Text component="li" size="sm" key={offer.offerId}>
            <Badge size="sm" variant="light" color={OFFER_COLORS[state]}>{state}</Badge> {displayInstant(offer.start, timeZone)} · sent {displayInstant(offer.sentAt, timeZone)}
            {state === 'offered' && <> · answer by {displayInstant(offer.expiresAt, timeZone)}</>}
          </Text>
        );
      })}
    </Stack>
  );
}
