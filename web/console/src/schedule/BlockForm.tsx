/** Block time on a calendar from the grid: a break, meeting, holiday or other, with an optional label. */
import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { fieldError, unnamedError } from '../api/apiError';
import type { Calendar } from '../api/queries';
import { formatLocalTime, parseLocalTime, zonedInstant } from '../lib/zonedTime';
import type { BookingDraft } from './BookingPanel';

type Kind = Schemas['CreateTimeBlock']['kind'];
export const BLOCK_KINDS: { value: Kind; label: string }[] = [
  { value: 'break', label: 'Break' },
  { value: 'meeting', label: 'Meeting' },
  { value: 'holiday', label: 'Holiday' },
  { value: 'other', label: 'Other' },
];

export function BlockForm({ draft, calendars, timeZone, onDone }: { draft: BookingDraft; calendars: Calendar[]; timeZone: string; onDone(): void }) {
  const queryClient = useQueryClient();
  const [calendarId, setCalendarId] = useState(draft.calendarId);
  const [kind, setKind] = useState<Kind>('break');
  const [label, setLabel] = useState('');
  const [from, setFrom] = useState(formatLocalTime(draft.minutes));
  const [to, setTo] = useState(formatLocalTime(Math.min(24 * 60 - 1, draft.minutes + 30)));
  const create = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/time-blocks', {
        body: { calendarId, kind, start: zonedInstant(draft.date, parseLocalTime(from), timeZone), end: zonedInstant(draft.date, parseLocalTime(to), timeZone), ...(label.trim() ? { label: label.trim() } : {}) },
      })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['day-view'] });
      onDone();
    },
  });
  const unnamed = unnamedError(create.error);
  return (
    <Stack gap="sm" component="form" aria-label="Block time" onSubmit={(event) => { event.preventDefault(); create.mutate(); }}>
      <NativeSelect label="Calendar" value={calendarId} onChange={(event) => setCalendarId(event.currentTarget.value)} data={calendars.map((item) => ({ value: item.calendarId, label: item.name }))} error={fieldError(create.error, 'calendarId')} />
      <NativeSelect label="Kind" value={kind} onChange={(event) => setKind(event.currentTarget.value as Kind)} data={BLOCK_KINDS} error={fieldError(create.error, 'kind')} />
      <TextInput label="Label (optional)" value={label} onChange={(event) => setLabel(event.currentTarget.value)} error={fieldError(create.error, 'label')} />
      <Group grow gap="xs">
        <TextInput label="From" type="time" step={300} value={from} onChange={(event) => setFrom(event.currentTarget.value)} error={fieldError(create.error, 'start')} />
        <TextInput label="To" type="time" step={300} value={to} onChange={(event) => setTo(event.currentTarget.value)} error={fieldError(create.error, 'end')} />
      </Group>
      {unnamed && <Alert color="red" role="alert">{unnamed}</Alert>}
      <Button type="submit" loading={create.isPending}>Block this time</Button>
    </Stack>
  );
}
