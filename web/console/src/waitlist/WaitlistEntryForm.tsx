/** Put a client's open case on the waitlist: session, dates, one time window (or any time), priority and notes. */
import { Button, Chip, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { errorText } from '../api/apiError';
import { api, unwrap } from '../api/client';
import { useSessions } from '../api/queries';
import { ClientSearch, type Client } from '../clients/ClientSearch';
import { useWaitlistChanges } from './waitlistQueries';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function WaitlistEntryForm() {
  const [client, setClient] = useState<Client>();
  const file = useQuery({ queryKey: ['client', client?.clientId], enabled: Boolean(client), queryFn: () => unwrap(api.GET('/api/clients/{id}', { params: { path: { id: client!.clientId } } })) });
  const sessions = useSessions();
  const { create } = useWaitlistChanges();
  const [caseId, setCaseId] = useState<string | null>(null);
  const [sessionId, setSessionId] = useState<string | null>(null);
  const [days, setDays] = useState<string[]>([]);
  const [from, setFrom] = useState('09:00');
  const [to, setTo] = useState('17:00');
  const [earliestDate, setEarliest] = useState('');
  const [latestDate, setLatest] = useState('');
  const [priority, setPriority] = useState<number>(3);
  const [notes, setNotes] = useState('');
  const openCases = (file.data?.cases ?? []).filter((item) => item.status === 'open');
  if (!client) return <ClientSearch label="Add to the waitlist: find client" onPick={setClient} />;
  const submit = () =>
    create.mutate(
      {
        caseId: caseId!,
        sessionId: sessionId!,
        calendarIds: [],
        windows: days.length > 0 ? [{ days: days.map(Number), start: from, end: to }] : [],
        priority,
        ...(earliestDate ? { earliestDate } : {}),
        ...(latestDate ? { latestDate } : {}),
        ...(notes.trim() ? { notes } : {}),
      },
      { onSuccess: () => setClient(undefined) },
    );
  return (
    <Stack gap="xs" component="form" onSubmit={(event) => { event.preventDefault(); submit(); }} aria-label="New waitlist entry">
      <Text fw={600}>{client.firstName} {client.lastName} <Button size="compact-xs" variant="subtle" onClick={() => setClient(undefined)}>Change</Button></Text>
      <Group align="end" wrap="wrap">
        <Select label="Case" data={openCases.map((item) => ({ value: item.caseId, label: item.caseLabel }))} value={caseId} onChange={setCaseId} w={180} />
        <Select label="Session" data={(sessions.data?.items ?? []).map((item) => ({ value: item.sessionId, label: item.name }))} value={sessionId} onChange={setSessionId} w={220} />
        <NumberInput label="Priority (1 first)" min={1} max={5} value={priority} onChange={(value) => setPriority(Number(value) || 3)} w={130} />
        <TextInput label="Earliest" type="date" value={earliestDate} onChange={(event) => setEarliest(event.currentTarget.value)} w={150} />
        <TextInput label="Latest" type="date" value={latestDate} onChange={(event) => setLatest(event.currentTarget.value)} w={150} />
      </Group>
      <Group align="end" wrap="wrap">
        <Chip.Group multiple value={days} onChange={setDays}>
          <Group gap={4} aria-label="Days the client can come (none: any day and time)">{DAYS.map((day, index) => <Chip key={day} value={String(index + 1)} size="xs">{day}</Chip>)}</Group>
        </Chip.Group>
        <TextInput label="From" type="time" value={from} onChange={(event) => setFrom(event.currentTarget.value)} w={110} disabled={days.length === 0} />
        <TextInput label="To" type="time" value={to} onChange={(event) => setTo(event.currentTarget.value)} w={110} disabled={days.length === 0} />
        <TextInput label="Notes" value={notes} onChange={(event) => setNotes(event.currentTarget.value)} style={{ flex: 1, minWidth: 180 }} />
        <Button type="submit" disabled={!caseId || !sessionId} loading={create.isPending}>Add to waitlist</Button>
      </Group>
      {create.error && <Text size="sm" c="red" role="alert">{errorText(create.error)}</Text>}
    </Stack>
  );
}
