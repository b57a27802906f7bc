/** Which notices go to clients and providers, the new-booking default and offset, and reminder lead times. */
import { Alert, Button, Checkbox, Group, NumberInput, Stack, Table, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { ApiError, fieldError, unnamedError } from '../api/apiError';
import { QueryState } from '../ui/QueryState';

type Settings = Schemas['NotificationSettingsOutput'];
export const NOTICES = [
  ['newBooking', 'New booking'],
  ['reschedule', 'Rescheduled'],
  ['cancellation', 'Canceled'],
  ['noShow', 'No-show'],
] as const;

export function NotificationSettingsForm() {
  const queryClient = useQueryClient();
  const current = useQuery({ queryKey: ['notification-settings'], queryFn: () => unwrap(api.GET('/api/notification-settings')) });
  const [draft, setDraft] = useState<Settings>();
  const [reminders, setReminders] = useState('');
  useEffect(() => {
    if (current.data) {
      setDraft(current.data.settings);
      setReminders(current.data.settings.reminders.map((rule) => rule.leadMinutes / 60).join(', '));
    }
  }, [current.data]);
  const save = useMutation({
    mutationFn: (settings: Settings) => unwrap(api.PUT('/api/notification-settings', { body: settings })),
    onSuccess: (result) => queryClient.setQueryData(['notification-settings'], result),
  });
  if (!draft) return <QueryState query={current} label="notification settings" />;

  const submit = () => {
    const hours = reminders.split(',').map((part) => part.trim()).filter(Boolean).map(Number);
    save.mutate({ ...draft, reminders: hours.map((value) => ({ leadMinutes: Math.round(value * 60) })) });
  };
  const unnamed = unnamedError(save.error);
  const fieldErrors = save.error instanceof ApiError ? save.error.fieldErrors : [];

  return (
    <Stack gap="md" component="form" onSubmit={(event) => { event.preventDefault(); submit(); }} aria-label="Notification settings">
      <Title order={2} size="h4">Notifications and reminders</Title>
      <Table aria-label="Notices">
        <Table.Thead><Table.Tr><Table.Th>Notice</Table.Th><Table.Th>To the client</Table.Th><Table.Th>To the provider</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {NOTICES.map(([key, label]) => (
            <Table.Tr key={key}>
              <Table.Td>{label}</Table.Td>
              {(['client', 'provider'] as const).map((audience) => (
                <Table.Td key={audience}>
                  <Checkbox aria-label={`${label} to the ${audience}`} checked={draft.notices[key][audience]} onChange={(event) => setDraft({ ...draft, notices: { ...draft.notices, [key]: { ...draft.notices[key], [audience]: event.currentTarget.checked } } })} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Checkbox label="Send the new-booking notice unless turned off for that booking" checked={draft.notifyByDefault} onChange={(event) => setDraft({ ...draft, notifyByDefault: event.currentTarget.checked })} />
      <Checkbox label="Email billing staff when an authorization nears its last visits" description="At the billing policy's remaining-visits threshold; once per authorization." checked={draft.authorizationAlerts} onChange={(event) => setDraft({ ...draft, authorizationAlerts: event.currentTarget.checked })} />
      <NumberInput label="New-booking notice delay (minutes)" min={0} max={5} w={260} value={draft.newBookingOffsetMinutes} onChange={(value) => setDraft({ ...draft, newBookingOffsetMinutes: Number(value) })} error={fieldError(save.error, 'newBookingOffsetMinutes')} />
      <TextInput label="Reminders (hours before, comma-separated)" w={360} value={reminders} onChange={(event) => setReminders(event.currentTarget.value)} error={fieldErrors.filter((error) => error.path.includes('reminders')).map((error) => error.message).join(' ') || undefined} />
      {unnamed && <Alert color="red" role="alert">{unnamed}</Alert>}
      {save.isSuccess && <Alert color="green" role="status" p="xs">Saved.{save.data.replan && !save.data.replan.done ? ' Reminders of future appointments are being re-planned.' : ''}</Alert>}
      <Group><Button type="submit" loading={save.isPending}>Save</Button></Group>
    </Stack>
  );
}
