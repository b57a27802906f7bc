/** One calendar's access grants, online booking and guardrails; the API's field errors show at the fields. */
import { Alert, Button, Checkbox, Group, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { fieldError, unnamedError } from '../api/apiError';

type Calendar = Schemas['Calendar'];
type Guardrails = Calendar['guardrails'];
const GUARDRAILS: { key: keyof Guardrails; label: string }[] = [
  { key: 'leadTimeMinutes', label: 'Lead time (minutes)' },
  { key: 'bufferBeforeMinutes', label: 'Buffer before (minutes)' },
  { key: 'bufferAfterMinutes', label: 'Buffer after (minutes)' },
  { key: 'horizonDays', label: 'Bookable ahead (days)' },
  { key: 'selfCancelWindowHours', label: 'Self-cancel window (hours)' },
];

export function CalendarEditor({ calendars }: { calendars: Calendar[] }) {
  const queryClient = useQueryClient();
  const [calendarId, setCalendarId] = useState('');
  const calendar = calendars.find((item) => item.calendarId === calendarId) ?? calendars[0];
  const members = useQuery({ queryKey: ['members'], queryFn: () => unwrap(api.GET('/api/members', { params: { query: { limit: 100 } } })) });
  const [draft, setDraft] = useState<{ grantedMemberIds: string[]; onlineBooking: boolean; guardrails: Guardrails }>();
  useEffect(() => {
    if (calendar) setDraft({ grantedMemberIds: calendar.grantedMemberIds, onlineBooking: calendar.onlineBooking, guardrails: calendar.guardrails });
  }, [calendar]);
  const save = useMutation({
    mutationFn: () => unwrap(api.PATCH('/api/calendars/{id}', { params: { path: { id: calendar!.calendarId } }, body: draft! })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calendars'] }),
  });
  if (!calendar || !draft) return null;
  const unnamed = unnamedError(save.error);
  return (
    <Paper withBorder p="sm" component="form" aria-label="Calendar access and online booking" onSubmit={(event) => { event.preventDefault(); save.mutate(); }}>
      <Stack gap="sm">
        <Title order={3} size="h5">Access and online booking</Title>
        <NativeSelect label="Calendar" w={280} value={calendar.calendarId} onChange={(event) => setCalendarId(event.currentTarget.value)} data={calendars.map((item) => ({ value: item.calendarId, label: item.name }))} />
        <Checkbox.Group label="Who else may see and book it" value={draft.grantedMemberIds} onChange={(grantedMemberIds) => setDraft({ ...draft, grantedMemberIds })} error={fieldError(save.error, 'grantedMemberIds')}>
          <Group gap="sm" mt={4}>{(members.data?.items ?? []).map((member) => <Checkbox key={member.memberId} value={member.memberId} label={`${member.firstName} ${member.lastName}`} />)}</Group>
        </Checkbox.Group>
        <Checkbox label="Bookable online" checked={draft.onlineBooking} onChange={(event) => setDraft({ ...draft, onlineBooking: event.currentTarget.checked })} />
        <SimpleGrid cols={{ base: 1, sm: 3, md: 5 }} spacing="xs">
          {GUARDRAILS.map(({ key, label }) => (
            <NumberInput key={key} label={label} min={0} value={draft.guardrails[key]} onChange={(value) => setDraft({ ...draft, guardrails: { ...draft.guardrails, [key]: Number(value) } })} error={fieldError(save.error, `guardrails.${key}`)} />
          ))}
        </SimpleGrid>
        {unnamed && <Alert color="red" role="alert">{unnamed}</Alert>}
        {save.isSuccess && <Alert color="green" role="status" p="xs">Saved.</Alert>}
        <Group><Button type="submit" loading={save.isPending}>Save calendar</Button></Group>
      </Stack>
    </Paper>
  );
}
