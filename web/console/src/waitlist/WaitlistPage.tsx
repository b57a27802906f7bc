/** The waitlist (SPEC A9): entries best first with their offers, a new entry, and the matches of any open slot. */
import { Anchor, Badge, Button, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment, useState } from 'react';
import { Link } from '../app/Link';
import { errorText } from '../api/apiError';
import type { Schemas } from '../api/client';
import { useLocations, useSessions } from '../api/queries';
import { QueryState } from '../ui/QueryState';
import { EntryOffers } from './EntryOffers';
import { SlotMatches } from './SlotMatches';
import { WaitlistEntryForm } from './WaitlistEntryForm';
import { useWaitlist, useWaitlistChanges } from './waitlistQueries';
import { describeDates, describeWindows } from './waitlistView';

type Status = Schemas['WaitlistEntry']['status'];

export default function WaitlistPage() {
  const [status, setStatus] = useState<Status>('active');
  const [opened, setOpened] = useState<string>();
  const entries = useWaitlist(status);
  const sessions = useSessions();
  const timeZone = useLocations().data?.items[0]?.timeZone ?? 'UTC';
  const { update, remove } = useWaitlistChanges();
  const sessionName = (sessionId: string) => sessions.data?.items.find((item) => item.sessionId === sessionId)?.name ?? 'Session';
  return (
    <Stack className="page" gap="md">
      <Title order={1} size="h3">Waitlist</Title>
      <WaitlistEntryForm />
      <SegmentedControl aria-label="Entry status" value={status} onChange={(value) => setStatus(value as Status)} data={[{ value: 'active', label: 'Active' }, { value: 'paused', label: 'Paused' }, { value: 'booked', label: 'Booked' }]} w="fit-content" />
      {!entries.data ? <QueryState query={entries} label="the waitlist" /> : entries.data.items.length === 0 ? <Text>Nobody is waiting here.</Text> : (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label="Waitlist entries">
            <Table.Thead><Table.Tr><Table.Th>Priority</Table.Th><Table.Th>Client</Table.Th><Table.Th>Session</Table.Th><Table.Th>When</Table.Th><Table.Th>Dates</Table.Th><Table.Th>Notes</Table.Th><Table.Th /></Table.Tr></Table.Thead>
            <Table.Tbody>
              {entries.data.items.map((entry) => (
                <Fragment key={entry.entryId}>
                  <Table.Tr>
                    <Table.Td><Badge variant="light">{entry.priority}</Badge></Table.Td>
                    <Table.Td><Link href={`/cases/${entry.caseId}`}>Case</Link> · <Link href={`/clients/${entry.clientId}`}>client</Link></Table.Td>
                    <Table.Td>{sessionName(entry.sessionId)}</Table.Td>
                    <Table.Td>{describeWindows(entry.windows)}</Table.Td>
                    <Table.Td>{describeDates(entry)}</Table.Td>
                    <Table.Td>{entry.notes}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Anchor component="button" type="button" size="sm" onClick={() => setOpened(opened === entry.entryId ? undefined : entry.entryId)} aria-expanded={opened === entry.entryId}>Offers</Anchor>
                        {entry.status !== 'booked' && <Button size="compact-xs" variant="light" onClick={() => update.mutate({ entryId: entry.entryId, patch: { status: entry.status === 'active' ? 'paused' : 'active' } })}>{entry.status === 'active' ? 'Pause' : 'Resume'}</Button>}
                        <Button size="compact-xs" variant="subtle" color="red" onClick={() => remove.mutate(entry.entryId)}>Remove</Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                  {opened === entry.entryId && <Table.Tr><Table.Td colSpan={7}><EntryOffers entryId={entry.entryId} timeZone={timeZone} /></Table.Td></Table.Tr>}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {(update.error ?? remove.error) && <Text size="sm" c="red" role="alert">{errorText(update.error ?? remove.error)}</Text>}
      <Title order={2} size="h4">Matches for an open slot</Title>
      <SlotMatches timeZone={timeZone} />
    </Stack>
  );
}
