/**
 * One appointment: who, what, when, its status actions (confirm, arrive, no-show, cancel with a
 * reason, rollbacks), a move to another time or calendar, and its history.
 */
import { Alert, Badge, Button, Divider, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { errorText, fieldError } from '../api/apiError';
import type { Calendar, Session } from '../api/queries';
import { useAccess } from '../auth/useAccess';
import { displayInstant, formatLocalTime, parseLocalTime, wallClock, zonedInstant } from '../lib/zonedTime';
import { AppointmentHistory } from './AppointmentHistory';
import { VisitFor } from './VisitFor';
import { RepeatForm } from './RepeatForm';
import { actionLabel, canMove, STATUS_COLOR, STATUS_LABEL, staffActions, type StaffAction } from './statuses';

type Appointment = Schemas['Appointment'];

interface AppointmentPanelProps {
  appointmentId: string;
  calendars: Calendar[];
  sessions: Session[];
  timeZone: string;
  onMoved(newAppointmentId: string): void;
  /** Extra sections (billing) under the actions. */
  children?: (appointment: Appointment) => ReactNode;
}

export function AppointmentPanel({ appointmentId, calendars, sessions, timeZone, onMoved, children }: AppointmentPanelProps) {
  const queryClient = useQueryClient();
  const access = useAccess();
  const appointment = useQuery({
    queryKey: ['appointment', appointmentId],
    queryFn: () => unwrap(api.GET('/api/appointments/{id}', { params: { path: { id: appointmentId } } })),
  });
  const [cancelReason, setCancelReason] = useState<string>();
  const [moving, setMoving] = useState<{ action: 'move' | 'copy'; calendarId: string; date: string; time: string }>();
  const [repeating, setRepeating] = useState(false);
  const [done, setDone] = useState<string>();

  const refresh = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['appointment', appointmentId] }),
      queryClient.invalidateQueries({ queryKey: ['day-view'] }),
    ]);
  };
  const transition = useMutation({
    mutationFn: (input: { status: StaffAction; reason?: string }) => unwrap(api.POST('/api/appointments/{id}/status', { params: { path: { id: appointmentId } }, body: input })),
    onSuccess: async () => {
      setCancelReason(undefined);
      await refresh();
    },
  });
  const move = useMutation({
    mutationFn: ({ action, ...input }: { action: 'move' | 'copy'; calendarId: string; start: string }) =>
      unwrap(action === 'move'
        ? api.POST('/api/appointments/{id}/move', { params: { path: { id: appointmentId } }, body: input })
        : api.POST('/api/appointments/{id}/copy', { params: { path: { id: appointmentId } }, body: input })),
    onSuccess: async (result, input) => {
      setMoving(undefined);
      await refresh();
      if (input.action === 'move') onMoved(result.appointment.appointmentId);
      else setDone(`Copied to ${displayInstant(result.appointment.start, timeZone)}.`);
    },
  });

  if (appointment.isPending) return <Text role="status">Loading…</Text>;
  if (appointment.isError) return <Alert color="red" role="alert">{errorText(appointment.error)}</Alert>;
  const item = appointment.data;
  const calendar = calendars.find((candidate) => candidate.calendarId === item.calendarId);
  const session = sessions.find((candidate) => candidate.sessionId === item.sessionId);
  const start = wallClock(Date.parse(item.start), timeZone);

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h5">{session?.name ?? 'Appointment'}</Title>
        <Badge color={STATUS_COLOR[item.status]} data-testid="appointment-status">{STATUS_LABEL[item.status]}</Badge>
      </Group>
      <Text size="sm">{displayInstant(item.start, timeZone)} with {calendar?.name ?? 'a calendar elsewhere'}</Text>
      <VisitFor clientId={item.clientId} caseId={item.caseId} />
      {item.cancellation && <Text size="sm">Canceled{item.cancellation.late ? ' late' : ''}: {item.cancellation.reason}</Text>}
      {item.notes && <Text size="sm">Notes: {item.notes}</Text>}

      <Group gap="xs" role="group" aria-label="Status actions">
        {staffActions(item.status).map((status) => (
          <Button
            key={status}
            size="xs"
            variant={status === 'arrived' ? 'filled' : 'light'}
            color={status === 'canceled' || status === 'no_show' ? 'red' : undefined}
            loading={transition.isPending && transition.variables?.status === status}
            onClick={() => (status === 'canceled' ? setCancelReason('') : transition.mutate({ status }))}
          >
            {actionLabel(item.status, status)}
          </Button>
        ))}
        {canMove(item.status) && (
          <Button size="xs" variant="default" onClick={() => setMoving({ action: 'move', calendarId: item.calendarId, date: start.date, time: formatLocalTime(start.minutes) })}>Move</Button>
        )}
        <Button size="xs" variant="default" onClick={() => setMoving({ action: 'copy', calendarId: item.calendarId, date: start.date, time: formatLocalTime(start.minutes) })}>Copy</Button>
        {item.status !== 'canceled' && item.status !== 'rebooked' && !item.seriesId && <Button size="xs" variant="default" onClick={() => setRepeating(!repeating)}>Repeat</Button>}
      </Group>
      {cancelReason !== undefined && (
        <Stack gap={6} component="form" onSubmit={(event) => { event.preventDefault(); transition.mutate({ status: 'canceled', reason: cancelReason }); }}>
          <TextInput label="Why is it canceled?" required value={cancelReason} onChange={(event) => setCancelReason(event.currentTarget.value)} error={fieldError(transition.error, 'reason')} data-autofocus />
          <Group gap="xs">
            <Button size="xs" color="red" type="submit" loading={transition.isPending}>Cancel appointment</Button>
            <Button size="xs" variant="default" onClick={() => setCancelReason(undefined)}>Keep it</Button>
          </Group>
        </Stack>
      )}
      {transition.error && !fieldError(transition.error, 'reason') && <Alert color="red" role="alert">{errorText(transition.error)}</Alert>}
      {moving && (
        <Stack gap={6} component="form" onSubmit={(event) => { event.preventDefault(); move.mutate({ action: moving.action, calendarId: moving.calendarId, start: zonedInstant(moving.date, parseLocalTime(moving.time), timeZone) }); }}>
          <NativeSelect label={moving.action === 'move' ? 'Move to calendar' : 'Copy to calendar'} value={moving.calendarId} onChange={(event) => setMoving({ ...moving, calendarId: event.currentTarget.value })} data={calendars.map((option) => ({ value: option.calendarId, label: option.name }))} error={fieldError(move.error, 'calendarId')} />
          <Group grow gap="xs">
            <TextInput label="New date" type="date" value={moving.date} onChange={(event) => setMoving({ ...moving, date: event.currentTarget.value })} />
            <TextInput label="New time" type="time" step={300} value={moving.time} onChange={(event) => setMoving({ ...moving, time: event.currentTarget.value })} error={fieldError(move.error, 'start')} />
          </Group>
          {move.error && !fieldError(move.error, 'start') && <Alert color="red" role="alert">{errorText(move.error)}</Alert>}
          <Group gap="xs">
            <Button size="xs" type="submit" loading={move.isPending}>{moving.action === 'move' ? 'Move here' : 'Copy here'}</Button>
            <Button size="xs" variant="default" onClick={() => setMoving(undefined)}>Back</Button>
          </Group>
        </Stack>
      )}
      {repeating && (
        <RepeatForm
          appointmentId={appointmentId}
          weekday={(['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const)[new Date(`${start.date}T12:00:00Z`).getUTCDay()]!}
          timeZone={timeZone}
          onDone={(message) => {
            setRepeating(false);
            setDone(message);
          }}
        />
      )}
      {done && <Alert color="green" role="status" p="xs" withCloseButton onClose={() => setDone(undefined)}>{done}</Alert>}
      {children?.(item)}
      {/* The trail is asked for only by roles that may read it: no refused request, no dead-end message. */}
      {access.can('audit:read') && (
        <>
          <Divider label="History" labelPosition="left" />
          <AppointmentHistory appointmentId={appointmentId} timeZone={timeZone} version={item.updatedAt} />
        </>
      )}
    </Stack>
  );
}
