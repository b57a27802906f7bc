/** The waitlist entries one open slot suits, best first, each offered by hand with the same signed, expiring link. */
import { Button, Table, Text } from '@mantine/core';
import { errorText } from '../api/apiError';
import { useSessions } from '../api/queries';
import { Link } from '../app/Link';
import { useAccess } from '../auth/useAccess';
import { displayInstant } from '../lib/zonedTime';
import { QueryState } from '../ui/QueryState';
import type { OpenSlot } from './matchSlot';
import { useSlotMatches, useWaitlistChanges } from './waitlistQueries';

export function SlotMatchList({ slot, timeZone }: { slot: OpenSlot; timeZone: string }) {
  const sessions = useSessions();
  const canOffer = useAccess().can('appointments:book');
  const { offer } = useWaitlistChanges();
  const matches = useSlotMatches(slot);
  const sessionName = (sessionId: string) => sessions.data?.items.find((item) => item.sessionId === sessionId)?.name ?? 'Session';
  return (
    <>
      {!matches.data ? <QueryState query={matches} label="the matches" /> : matches.data.items.length === 0 ? <Text size="sm">No waitlist entry suits this slot.</Text> : (
        <Table aria-label="Matches">
          <Table.Thead><Table.Tr><Table.Th>Start</Table.Th><Table.Th>Client</Table.Th><Table.Th>Session</Table.Th><Table.Th>Priority</Table.Th><Table.Th /></Table.Tr></Table.Thead>
          <Table.Tbody>
            {matches.data.items.map((match) => (
              <Table.Tr key={`${match.entryId}-${match.start}`}>
                <Table.Td>{displayInstant(match.start, timeZone)}</Table.Td>
                <Table.Td><Link href={`/clients/${match.clientId}`}>Client file</Link></Table.Td>
                <Table.Td>{sessionName(match.sessionId)}</Table.Td>
                <Table.Td>{match.priority}</Table.Td>
                <Table.Td>{canOffer && <Button size="compact-xs" loading={offer.isPending && offer.variables?.entryId === match.entryId} disabled={offer.isPending} onClick={() => offer.mutate({ entryId: match.entryId, calendarId: slot.calendarId, start: match.start })}>Offer</Button>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {offer.data && <Text size="sm" role="status">Offer {offer.data.status === 'offered' ? 'sent' : `recorded as ${offer.data.status} (the client has no address that takes messages)`}.</Text>}
      {offer.error && <Text size="sm" c="red" role="alert">{errorText(offer.error)}</Text>}
    </>
  );
}
