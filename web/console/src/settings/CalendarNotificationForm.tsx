/**
 * One calendar's override of the clinic's notification settings: each switch follows the clinic
 * or is on or off for this calendar; the settings in effect show beside it.
 */
import { Alert, Button, Group, NativeSelect, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { fieldError, unnamedError } from '../api/apiError';
import { useCalendars } from '../api/queries';
import { QueryState } from '../ui/QueryState';
import { NOTICES } from './NotificationSettingsForm';
import { fromChoice, toChoice, withSwitch } from './notificationOverride';

type Override = Schemas['CalendarNotificationOverride'];
const CHOICES = [{ value: 'clinic', label: 'As the clinic' }, { value: 'on', label: 'On' }, { value: 'off', label: 'Off' }];

export function CalendarNotificationForm() {
  const queryClient = useQueryClient();
  const calendars = useCalendars(undefined);
  const [calendarId, setCalendarId] = useState('');
  const chosen = calendarId || calendars.data?.items[0]?.calendarId || '';
  const current = useQuery({
    queryKey: ['calendar-notification-settings', chosen],
    enabled: Boolean(chosen),
    queryFn: () => unwrap(api.GET('/api/calendars/{id}/notification-settings', { params: { path: { id: chosen } } })),
  });
  const [draft, setDraft] = useState<Override>();
  useEffect(() => setDraft(current.data?.override), [current.data]);
  const save = useMutation({
    mutationFn: (override: Override) => unwrap(api.PUT('/api/calendars/{id}/notification-settings', { params: { path: { id: chosen } }, body: override })),
    onSuccess: (result) => queryClient.setQueryData(['calendar-notification-settings', chosen], result),
  });
  const effective = current.data?.effective;
  const unnamed = unnamedError(save.error);

  return (
    <Paper withBorder p="sm" component="form" aria-label="Calendar notification override" onSubmit={(event) => { event.preventDefault(); if (draft) save.mutate(draft); }}>
      <Stack gap="sm">
        <Title order={3} size="h5">One calendar’s notices</Title>
        <NativeSelect label="Calendar" w={280} value={chosen} onChange={(event) => { setCalendarId(event.currentTarget.value); save.reset(); }} data={(calendars.data?.items ?? []).map((item) => ({ value: item.calendarId, label: item.name }))} />
        {!draft || !effective ? <QueryState query={current} label="the calendar's notification settings" /> : (
          <>
            <Table aria-label="Notices of this calendar">
              <Table.Thead><Table.Tr><Table.Th>Notice</Table.Th><Table.Th>To the client</Table.Th><Table.Th>To the provider</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {NOTICES.map(([key, label]) => (
                  <Table.Tr key={key}>
                    <Table.Td>{label}</Table.Td>
                    {(['client', 'provider'] as const).map((audience) => (
                      <Table.Td key={audience}>
                        <Group gap={6} wrap="nowrap">
                          <NativeSelect size="xs" aria-label={`${label} to the ${audience} on this calendar`} value={toChoice(draft.notices?.[key]?.[audience])} data={CHOICES} onChange={(event) => setDraft(withSwitch(draft, key, audience, fromChoice(event.currentTarget.value)))} error={fieldError(save.error, `notices.${key}.${audience}`)} />
                          <Text size="xs" c="dimmed">{effective.notices[key][audience] ? 'sent' : 'not sent'}</Text>
                        </Group>
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Group gap="sm" align="flex-start">
              <NativeSelect label="New-booking notice by default" w={220} value={toChoice(draft.notifyByDefault)} data={CHOICES} onChange={(event) => { const value = fromChoice(event.currentTarget.value); const { notifyByDefault: _drop, ...rest } = draft; setDraft(value === undefined ? rest : { ...rest, notifyByDefault: value }); }} error={fieldError(save.error, 'notifyByDefault')} />
              <NumberInput label="Notice delay (minutes)" description="Empty: as the clinic" w={220} min={0} max={5} value={draft.newBookingOffsetMinutes ?? ''} onChange={(value) => { const { newBookingOffsetMinutes: _drop, ...rest } = draft; setDraft(value === '' ? rest : { ...rest, newBookingOffsetMinutes: Number(value) }); }} error={fieldError(save.error, 'newBookingOffsetMinutes')} />
            </Group>
            {unnamed && <Alert color="red" role="alert">{unnamed}</Alert>}
            {save.isSuccess && <Alert color="green" role="status" p="xs">Saved.</Alert>}
            <Group>
              <Button type="submit" loading={save.isPending}>Save calendar notices</Button>
              <Button variant="default" onClick={() => save.mutate({})}>Follow the clinic</Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
