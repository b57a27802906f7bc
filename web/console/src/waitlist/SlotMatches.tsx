/** The entries an open slot suits, best first, each offered by hand with the same signed, expiring link. */
import { Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { errorText } from '../api/apiError';
import { useCalendars, useSessions } from '../api/queries';
import { displayInstant, parseLocalTime, todayIn, zonedInstant } from '../lib/zonedTime';
import { QueryState } from '../ui/QueryState';
import { useSlotMatches, useWaitlistChanges } from './waitlistQueries';

export function SlotMatches({ timeZone }: { timeZone: string }) {
  const calendars = useCalendars(undefined);
  const sessions = useSessions();
  const { offer } = useWaitlistChanges();
  const [calendarId, setCalendarId] = useState<string | null>(null);
  const [date, setDate] = useState(() => todayIn(timeZone));
  const [from, setFrom] = useState('09:00');
  const [to, setTo] = useState('10:00');
  const [slot, setSlot] = useState<{ calendarId: string; start: string; end: string }>();
  const matches = useSlotMatches(slot);
  const sessionName = (sessionId: string) => sessions.data?.items.find((item) => item.sessionId === sessionId)?.name ?? 'Session';
  const find = () => calendarId && setSlot({ calendarId, start: zonedInstant(date, parseLocalTime(from), timeZone), end: zonedInstant(date, parseLocalTime(to), timeZone) });
  return (
    <Stack gap="xs">
      <Group align="end" wrap="wrap" component="form" onSubmit={(event) => { event.preventDefault(); find(); }} aria-label="Find matches for an open slot">
        <Select label="Calendar" data={(calendars.data?.items ?? []).map((item) => ({ value: item.calendarId, label: item.name }))} value={calendarId} onChange={setCalendarId} w={200} />
        <TextInput label="Date" type="date" value={date} onChange={(event) => setDate(event.currentTarget.value)} w={150} />
        <TextInput label="From" type="time" value={from} onChange={(event) => setFrom(event.currentTarget.value)} w={110} />
        <TextInput label="To" type="time" value={to} onChange={(event) => setTo(event.currentTarget.value)} w={110} />
        <Button type="submit" disabled={!calendarId || from >= to}>Find matches</Button>
      </Group>
      {slot && (!matches.data ? <QueryState query={matches} label="the matches" /> : matches.data.items.length === 0 ? <Text size="sm">No waitlist entry suits this slot.</Text> : (
        <Table aria-label="Matches">
          <Table.Thead><Table.Tr><Table.Th>Start</Table.Th><Table.Th>Session</Table.Th><Table.Th>Priority</Table.Th><Table.Th /></Table.Tr></Table.Thead>
          <Table.Tbody>
            {matches.data.items.map((match) => (
              <Table.Tr key={`${match.entryId}-${match.start}`}>
                <Table.Td>{displayInstant(match.start, timeZone)}</Table.Td>
                <Table.Td>{sessionName(match.sessionId)}</Table.Td>
                <Table.Td>{match.priority}</Table.Td>
                <Table.Td><Button size="compact-xs" loading={offer.isPending} onClick={() => offer.mutate({ entryId: match.entryId, calendarId: slot.calendarId, start: match.start })}>Offer</Button></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ))}
      {offer.data && <Text size="sm" role="status">Offer {offer.data.status === 'offered' ? 'sent' : `recorded as ${offer.data.status} (the client has no address that takes messages)`}.</Text>}
      {offer.error && <Text size="sm" c="red" role="alert">{errorText(offer.error)}</Text>}
    </Stack>
  );
}
