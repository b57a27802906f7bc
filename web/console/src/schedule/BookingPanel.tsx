/**
 * The booking panel: find (or add) the client, pick or open a case, then session, calendar, date and
 * time, with the case's booking context in view. Staff bookings may overlap; the answer lists what
 * the new appointment overlaps.
 */
import { Alert, Button, Group, NativeSelect, Radio, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { fieldError, unnamedError } from '../api/apiError';
import type { Calendar, Session } from '../api/queries';
import { CASE_TYPE_LABEL } from '../clients/caseTypes';
import { ClientSearch, type Client } from '../clients/ClientSearch';
import { NewCaseForm } from '../clients/NewCaseForm';
import { NewClientForm } from '../clients/NewClientForm';
import { useAccess } from '../auth/useAccess';
import { formatLocalTime, parseLocalTime, zonedInstant } from '../lib/zonedTime';
import { BookingContextCard } from './BookingContextCard';
import { matchSlot } from '../waitlist/matchSlot';
import { SlotMatchList } from '../waitlist/SlotMatchList';
import { WhyNotBookable } from './WhyNotBookable';

export interface BookingDraft {
  calendarId: string;
  date: string;
  minutes: number;
}

interface BookingPanelProps {
  draft: BookingDraft;
  calendars: Calendar[];
  sessions: Session[];
  timeZone: string;
  today: string;
  onBooked(result: Schemas['BookingResult']): void;
  /** Booking from a case file: the client and case are already chosen. */
  preset?: { client: Client; caseId: string };
}

export function BookingPanel({ draft, calendars, sessions, timeZone, today, onBooked, preset }: BookingPanelProps) {
  const queryClient = useQueryClient();
  const [client, setClient] = useState<Client | undefined>(preset?.client);
  const [adding, setAdding] = useState<'client' | 'case'>();
  const [caseId, setCaseId] = useState(preset?.caseId ?? '');
  const [calendarId, setCalendarId] = useState(draft.calendarId);
  const [date, setDate] = useState(draft.date);
  const [time, setTime] = useState(formatLocalTime(draft.minutes));
  const [notes, setNotes] = useState('');

  useEffect(() => {
    setCalendarId(draft.calendarId);
    setDate(draft.date);
    setTime(formatLocalTime(draft.minutes));
  }, [draft]);

  const calendar = calendars.find((item) => item.calendarId === calendarId);
  const sessionChoices = sessions.filter((session) => session.active && (!calendar || calendar.kind !== 'provider' || calendar.disciplineIds.includes(session.disciplineId)));
  const [sessionId, setSessionId] = useState('');
  const session = sessionChoices.find((item) => item.sessionId === sessionId) ?? sessionChoices[0];
  // A session that needs a room or equipment books one calendar of each kind too.
  const [resources, setResources] = useState<Record<string, string>>({});
  const neededKinds = session?.requiredResourceKinds ?? [];
  const resourceIds = neededKinds.map((kind) => resources[kind] ?? calendars.find((item) => item.kind === kind)?.calendarId ?? '').filter(Boolean);

  // Who on the waitlist this slot suits, for members who may read the waitlist; booking from a case file needs none.
  const showMatches = useAccess().can('appointments:read') && !preset;
  const durationMinutes = session?.durationMinutes;
  const openSlot = useMemo(() => matchSlot({ calendarId, date, time, durationMinutes }, timeZone), [calendarId, date, time, durationMinutes, timeZone]);

  const file = useQuery({
    queryKey: ['client', client?.clientId],
    enabled: Boolean(client),
    queryFn: () => unwrap(api.GET('/api/clients/{id}', { params: { path: { id: client!.clientId } } })),
  });
  const openCases = (file.data?.cases ?? []).filter((item) => item.status === 'open' || item.status === 'on_hold');
  useEffect(() => {
    if (!caseId && openCases.length === 1) setCaseId(openCases[0]!.caseId);
  }, [caseId, openCases]);

  const book = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/appointments', {
          body: {
            caseId,
            sessionId: session?.sessionId ?? '',
            calendarId,
            ...(resourceIds.length ? { resourceCalendarIds: resourceIds } : {}),
            start: zonedInstant(date, parseLocalTime(time), timeZone),
            mode: 'staff',
            ...(notes.trim() ? { notes: notes.trim() } : {}),
          },
        }),
      ),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: ['day-view'] });
      await queryClient.invalidateQueries({ queryKey: ['booking-context', caseId] });
      onBooked(result);
    },
  });
  const generalError = unnamedError(book.error);

  return (
    <Stack gap="sm">
      {!client && adding !== 'client' && (
        <>
          <ClientSearch onPick={(picked) => { setClient(picked); setCaseId(''); }} />
          <Button variant="subtle" size="xs" onClick={() => setAdding('client')}>New client</Button>
        </>
      )}
      {!client && adding === 'client' && <NewClientForm onCreated={(created) => { setClient(created); setAdding('case'); }} onCancel={() => setAdding(undefined)} />}
      {client && (
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} size="h5" data-testid="booking-client">{client.firstName} {client.lastName}</Title>
          <Button size="compact-xs" variant="subtle" onClick={() => { setClient(undefined); setCaseId(''); setAdding(undefined); }}>Change</Button>
        </Group>
      )}
      {client && adding !== 'case' && (
        <>
          {file.isPending && <Text size="sm" role="status">Loading cases…</Text>}
          {file.data && (
            <Radio.Group label="Case" value={caseId} onChange={setCaseId} error={fieldError(book.error, 'caseId')}>
              <Stack gap={4} mt={4}>
                {openCases.length === 0 && <Text size="sm" c="dimmed">No open case yet.</Text>}
                {openCases.map((item) => (
                  <Radio key={item.caseId} value={item.caseId} label={`${item.caseLabel} · ${CASE_TYPE_LABEL[item.caseType] ?? item.caseType}${item.title ? ` · ${item.title}` : ''}`} />
                ))}
              </Stack>
            </Radio.Group>
          )}
          <Button variant="subtle" size="xs" onClick={() => setAdding('case')}>Open a new case</Button>
        </>
      )}
      {client && adding === 'case' && (
        <NewCaseForm clientId={client.clientId} today={today} onCreated={(created) => { setCaseId(created.caseId); setAdding(undefined); }} onCancel={() => setAdding(undefined)} />
      )}
      {caseId && <BookingContextCard caseId={caseId} timeZone={timeZone} />}
      <NativeSelect label="Session" value={session?.sessionId ?? ''} onChange={(event) => setSessionId(event.currentTarget.value)} data={sessionChoices.map((item) => ({ value: item.sessionId, label: `${item.name} (${item.durationMinutes} min)` }))} error={fieldError(book.error, 'sessionId')} />
      <NativeSelect label="Calendar" value={calendarId} onChange={(event) => setCalendarId(event.currentTarget.value)} data={calendars.map((item) => ({ value: item.calendarId, label: item.name }))} error={fieldError(book.error, 'calendarId')} />
      {neededKinds.map((kind) => (
        <NativeSelect
          key={kind}
          label={kind === 'room' ? 'Room' : 'Equipment'}
          value={resources[kind] ?? calendars.find((item) => item.kind === kind)?.calendarId ?? ''}
          onChange={(event) => setResources({ ...resources, [kind]: event.currentTarget.value })}
          data={calendars.filter((item) => item.kind === kind).map((item) => ({ value: item.calendarId, label: item.name }))}
          error={fieldError(book.error, 'resourceCalendarIds')}
        />
      ))}
      <Group grow gap="xs">
        <TextInput label="Date" type="date" value={date} onChange={(event) => setDate(event.currentTarget.value)} />
        <TextInput label="Time" type="time" step={300} value={time} onChange={(event) => setTime(event.currentTarget.value)} error={fieldError(book.error, 'start')} />
      </Group>
      <WhyNotBookable key={`${calendarId}-${session?.sessionId}-${date}-${time}`} calendarId={calendarId} sessionId={session?.sessionId} start={time && date ? zonedInstant(date, parseLocalTime(time), timeZone) : undefined} />
      {showMatches && openSlot && (
        <Stack gap={4} component="section" aria-label="Waitlist matches">
          <Title order={3} size="h6">Waitlist matches</Title>
          <SlotMatchList slot={openSlot} timeZone={timeZone} />
        </Stack>
      )}
      <Textarea label="Notes" autosize minRows={1} value={notes} onChange={(event) => setNotes(event.currentTarget.value)} error={fieldError(book.error, 'notes')} />
      {generalError && <Alert color="red" role="alert">{generalError}</Alert>}
      <Button onClick={() => book.mutate()} disabled={!caseId || !session || !time} loading={book.isPending}>Book</Button>
    </Stack>
  );
}
